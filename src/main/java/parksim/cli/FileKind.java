package parksim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * A kind of input file that {@code validate} recognises by its distinctive top-level fields, and how to
 * check it without running anything. A new kind of file is one more entry in {@link #ALL}.
 *
 * @param name      what the user calls it ("experiment")
 * @param signature the fields that give it away, for the message when no kind matches
 */
record FileKind(String name, String signature, Predicate<JsonNode> recognises, Check check) {

    /** Checks a file of this kind; prints what it found to {@code out} and returns the exit code. */
    @FunctionalInterface
    interface Check {
        int check(Path file, Options options, PrintWriter out, PrintWriter err);
    }

    /** What validate was asked for beyond the file. */
    record Options(boolean strict, Path targets) {}

    private static final List<String> SCENARIO_FIELDS = List.of("base", "parks", "name", "start", "months", "market", "model", "sources");

    /** In order: the first kind that recognises a file is the one it is checked as. */
    static final List<FileKind> ALL = List.of(
            new FileKind("experiment", "\"scenario\" with \"variants\" or \"grid\"",
                    root -> root.has("scenario") && (root.has("variants") || root.has("grid")), ValidateChecks::experiment),
            new FileKind("calibration-params", "\"parameters\"", root -> root.has("parameters"), ValidateChecks::parameters),
            new FileKind("targets", "\"targets\" without \"parks\" or \"base\"",
                    root -> root.has("targets") && !root.has("parks") && !root.has("base"), ValidateChecks::targets),
            new FileKind("scenario", "\"parks\", \"base\" or another scenario field",
                    root -> SCENARIO_FIELDS.stream().anyMatch(root::has), ValidateChecks::scenario));

    /** The kind of a file's top-level JSON, or null if none recognises it. */
    static FileKind of(JsonNode root) {
        if (!root.isObject()) return null;
        for (FileKind kind : ALL) if (kind.recognises().test(root)) return kind;
        return null;
    }
}
