package parksim.results;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr that appears only once work has taken more than a moment, so quick runs and
 * tests print nothing extra: a bar on a terminal, plain lines ({@link ProgressLines}) when stderr
 * goes to a file or a pipe (a log, a Slurm job). Thread-safe.
 */
public final class Progress implements AutoCloseable {
    private static final long DELAY_NANOS = 1_000_000_000L;
    private final boolean enabled;
    private final String task;
    private final long total;
    private final String unit;
    private final long delayNanos;
    private final PrintStream plainOut;
    private final long started = System.nanoTime();
    private ProgressBar bar;
    private ProgressLines lines;

    public Progress(boolean enabled, String task, long total, String unit) {
        this(enabled, task, total, unit, DELAY_NANOS, stderrIsTerminal() ? null : System.err);
    }

    /** @param plainOut where to print plain lines, or null for a bar on the terminal */
    Progress(boolean enabled, String task, long total, String unit, long delayNanos, PrintStream plainOut) {
        this.enabled = enabled;
        this.task = task;
        this.total = total;
        this.unit = unit;
        this.delayNanos = delayNanos;
        this.plainOut = plainOut;
    }

    public synchronized void stepTo(long done) {
        stepTo(done, null);
    }

    /** Moves the progress to {@code done}, with an optional extra message (e.g. failed runs). */
    public synchronized void stepTo(long done, String message) {
        if (!enabled) return;
        if (bar == null && lines == null && System.nanoTime() - started > delayNanos) {
            if (plainOut != null) {
                lines = new ProgressLines(plainOut, task, total, unit.strip(), System::nanoTime, started);
            } else {
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(unit, 1)
                        .setStyle(ProgressBarStyle.ASCII).build();
            }
        }
        if (lines != null) lines.stepTo(done, message);
        if (bar != null) {
            bar.stepTo(done);
            if (message != null) bar.setExtraMessage(message);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) bar.close();
        if (lines != null) lines.close();
    }

    /**
     * Whether stderr is a terminal. Java has no direct test for stderr, so on Linux ask which file
     * descriptor 2 is; elsewhere fall back to whether the program has a console at all.
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) return isTerminalDevice(Files.readSymbolicLink(fd).toString());
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // fall through to the console test
        }
        return System.console() != null;
    }

    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
