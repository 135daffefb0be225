package parksim.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import parksim.core.InputException;

/**
 * Checks a result folder named with {@code --out} before any work starts, so that a bad one costs nothing
 * and never a stack trace: it must not be a file or lie under one, it must be writable, it must not be one of
 * the command's inputs, and an existing folder with files in it is only replaced with {@code --force}, and
 * only if it holds results of parksim (a user's other files are never deleted).
 */
public final class OutputTarget {
    /** Files by which a folder is recognised as parksim's results, which {@code --force} may replace. */
    static final List<String> MARKERS = List.of("run.json", "experiment.json", "comparison.csv", "report.html", "fit-report.csv",
            "calibration.json");

    private OutputTarget() {}

    /**
     * @param inputs the command's input folders or files (a file's folder counts as an input folder)
     * @return whether the folder exists with files in it (and so will be replaced: {@code force} was given)
     */
    public static boolean check(Path out, boolean force, List<Path> inputs) {
        String name = out.toString();
        for (Path in : inputs) {
            Path folder = Files.isDirectory(in) ? in : in.toAbsolutePath().getParent();
            if (folder != null && same(folder, out)) {
                throw new InputException(name, "--out", "a folder other than the inputs", "the input " + in + ", which would be overwritten");
            }
        }
        Path existing = checkWritable(out);
        if (!existing.equals(out.toAbsolutePath().normalize())) return false;
        Optional<Path> anyFile = firstFile(out);
        if (anyFile.isEmpty()) return false;
        if (!force) {
            throw new InputException(name, "--out", "an empty or new folder (or --force to replace earlier results)",
                    "a folder with files in it (" + anyFile.get().getFileName() + " ...); nothing was changed");
        }
        String holder = FolderLock.holder(out);
        if (holder != null) {
            throw new InputException(name, "is in use by another parksim process (" + holder + "); it is not replaced, even with --force");
        }
        if (MARKERS.stream().noneMatch(m -> Files.exists(out.resolve(m)))) {
            throw new InputException(name, "--out", "with --force, a folder of parksim results (with one of " + MARKERS + ")",
                    "a folder of other files (" + anyFile.get().getFileName() + " ...), which is never replaced");
        }
        return true;
    }

    /**
     * Checks that {@code out} is, or can be made, a folder this process may write in: not a file, not under a
     * file, not in a folder without write permission. Returns the nearest existing folder on its path.
     */
    public static Path checkWritable(Path out) {
        String name = out.toString();
        Path existing = nearestExisting(out.toAbsolutePath().normalize());
        if (existing == null || !Files.isDirectory(existing)) {
            Path what = existing == null ? out : existing;
            throw new InputException(name, "--out", "a folder for the results",
                    (what.equals(out.toAbsolutePath().normalize()) ? "a file" : "a path under the file " + what));
        }
        if (!Files.isWritable(existing)) {
            throw new InputException(name, "--out", "a folder you may write to", "no permission to write in " + existing);
        }
        return existing;
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static Path nearestExisting(Path p) {
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.exists(q)) return q;
        }
        return null;
    }

    private static Optional<Path> firstFile(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
