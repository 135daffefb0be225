package parksim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** parksim in a child JVM, for what needs a real process: kill -9, a small heap, a second process. */
final class ChildParkSim {
    private ChildParkSim() {}

    /** Starts {@code parksim args...} with the given heap (e.g. "64m", or null for the default); output goes to {@code log}. */
    static Process start(Path log, String heap, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (heap != null) command.add("-Xmx" + heap);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "parksim.cli.ParkSimCommand"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits for a process to end (at most a minute) and returns its exit code. */
    static int exitCode(Process p) throws InterruptedException {
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the child process hung");
        }
        return p.exitValue();
    }

    /** Polls until the condition holds (at most a minute). */
    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting");
            Thread.sleep(5);
        }
    }

    /** The number of lines in a file, 0 while it does not exist. */
    static int lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).size() : 0;
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
