package parksim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import parksim.core.InputException;
import parksim.scenario.StrictJson;

/**
 * A kind of input file that {@code validate} recognises by its distinctive top-level fields, and how to
 * check it without running anything. A new kind of file is one more entry in {@link #ALL}.
 *
 * @param name      what the user calls it ("experiment")
 * @param signature the fields that give it away, for the message when no kind matches
 * @param usedBy    the commands that take it, for the message when a command is given another kind
 */
record FileKind(String name, String signature, String usedBy, Predicate<JsonNode> recognises, Check check) {

    /** Checks a file of this kind; prints what it found to {@code out} and returns the exit code. */
    @FunctionalInterface
    interface Check {
        int check(Path file, Options options, PrintWriter out, PrintWriter err);
    }

    /** What validate was asked for beyond the file. */
    record Options(boolean strict, Path targets) {}

    /** Fields only a scenario has at its top level (an experiment has a name and months too). */
    private static final List<String> SCENARIO_FIELDS = List.of("base", "parks", "start", "market", "model", "sources");

    /**
     * In order: the first kind that recognises a file is the one it is checked as, so a kind whose files
     * also have another kind's fields goes first (a sensitivity file, which names a scenario like an
     * experiment but has inputs: {@code root.has("scenario") && root.has("inputs")}, goes before experiment).
     */
    static final List<FileKind> ALL = List.of(
            new FileKind("optimisation", "\"scenario\" and \"levers\"", "optimise", root -> root.has("scenario") && root.has("levers"),
                    ValidateChecks::optimise),
            new FileKind("sensitivity", "\"scenario\" and \"inputs\"", "sensitivity", root -> root.has("scenario") && root.has("inputs"),
                    ValidateChecks::sensitivity),
            new FileKind("experiment", "\"scenario\"", "sweep", root -> root.has("scenario"), ValidateChecks::experiment),
            new FileKind("calibration-params", "\"parameters\"", "calibrate --params", root -> root.has("parameters"), ValidateChecks::parameters),
            new FileKind("targets", "\"targets\" without \"parks\" or \"base\"", "check-targets and calibrate",
                    root -> root.has("targets") && !root.has("parks") && !root.has("base"), ValidateChecks::targets),
            new FileKind("scenario", "\"parks\", \"base\" or another scenario field", "run and gui",
                    root -> SCENARIO_FIELDS.stream().anyMatch(root::has), ValidateChecks::scenario));

    /** The kind of a file's top-level JSON, or null if none recognises it. */
    static FileKind of(JsonNode root) {
        if (!root.isObject()) return null;
        for (FileKind kind : ALL) if (kind.recognises().test(root)) return kind;
        return null;
    }

    /**
     * Refuses a file that is recognisably of another kind than {@code expected}, before its loader would
     * report a missing field that belongs to the other kind. A file of no known kind is left to the loader.
     */
    static void require(Path file, String expected) {
        FileKind kind = of(StrictJson.readTree(file));
        if (kind != null && !kind.name().equals(expected)) {
            throw new InputException(file.toString(), "", article(expected) + expected + " file",
                    article(kind.name()) + kind.name() + " file, which is for " + kind.usedBy());
        }
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ";
    }
}
