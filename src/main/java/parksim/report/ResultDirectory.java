package parksim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Results are written into a hidden staging folder beside the target and moved into place only
 * when complete, so a failed or interrupted run never leaves files that look whole.
 */
public final class ResultDirectory implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    private ResultDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Opens a staging folder for results that will end up in {@code target}. */
    public static ResultDirectory create(Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
            return new ResultDirectory(target, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for results next to " + target, e);
        }
    }

    /** A folder under {@code parent} named {@code name}, or {@code name-2}, {@code name-3} ... if taken. */
    public static Path fresh(Path parent, String name) {
        Path p = parent.resolve(name);
        for (int i = 2; Files.exists(p); i++) p = parent.resolve(name + "-" + i);
        return p;
    }

    /** Where to write a file before the commit. */
    public Path file(String name) { return staging.resolve(name); }

    public Path target() { return target; }

    /** Moves the finished files into place: the whole folder at once if the target does not exist yet. */
    public void commit() {
        try {
            if (!Files.exists(target)) {
                move(staging, target);
            } else {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
                    for (Path f : files) move(f, target.resolve(f.getFileName().toString()));
                }
                Files.delete(staging);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move results into " + target, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the staging folder unless the results were committed. */
    @Override
    public void close() {
        if (committed || !Files.exists(staging)) return;
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Best effort: a left-over staging folder is hidden and clearly marked partial.
        }
    }
}
