package parksim.results;

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
    private final boolean replace;
    private boolean committed;

    private ResultDirectory(Path target, Path staging, boolean replace) {
        this.target = target;
        this.staging = staging;
        this.replace = replace;
    }

    /** Opens a staging folder for results that will end up in {@code target}, an empty or new folder. */
    public static ResultDirectory create(Path target) {
        return create(target, false);
    }

    /**
     * Opens a staging folder for results that will end up in {@code target}; with {@code replace}, an existing
     * {@code target} is replaced as a whole at the commit (see {@link OutputTarget#check}).
     */
    public static ResultDirectory create(Path target, boolean replace) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            String prefix = "." + target.getFileName() + ".partial-";
            StaleStaging.remove(parent, prefix);
            // createDirectory honours the umask; createTempDirectory would make the folder private (mode 700).
            Path staging;
            do {
                staging = parent.resolve(prefix + StaleStaging.owner() + "-" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE));
            } while (!tryCreate(staging));
            return new ResultDirectory(target, staging, replace);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for results next to " + target + ": " + e.getMessage(), e);
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static boolean tryCreate(Path dir) throws IOException {
        try {
            Files.createDirectory(dir);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return false;
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
            } else if (replace) {
                Path old = staging.resolveSibling(staging.getFileName().toString().replace(".partial-", ".replaced-"));
                move(target, old);
                move(staging, target);
                deleteTree(old);
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
        deleteTree(staging);
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Best effort: a left-over staging folder is hidden and clearly marked partial.
        }
    }
}
