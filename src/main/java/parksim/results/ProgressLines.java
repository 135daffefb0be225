package parksim.results;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress as plain lines, for a log file or a Slurm job's output, where a redrawn bar ({@code \r} frames)
 * is unreadable: a line each time another 10 % is done, and between those at the first step 30 s after
 * the last line, with the elapsed time and the estimated time left. Not thread-safe: {@link Progress} synchronises.
 */
final class ProgressLines {
    static final long EVERY_NANOS = 30_000_000_000L;
    private final PrintStream out;
    private final String task;
    private final long total;
    private final String unit;
    private final LongSupplier nanoClock;
    private final long startedNanos;
    private long lastLineNanos;
    private int lastTenth = -1;
    private long lastDone = -1;
    private long latestDone = -1;

    ProgressLines(PrintStream out, String task, long total, String unit, LongSupplier nanoClock, long startedNanos) {
        this.out = out;
        this.task = task;
        this.total = total;
        this.unit = unit;
        this.nanoClock = nanoClock;
        this.startedNanos = startedNanos;
        this.lastLineNanos = startedNanos;
    }

    void stepTo(long done, String message) {
        long now = nanoClock.getAsLong();
        latestDone = done;
        int tenth = total > 0 ? (int) Math.min(10, done * 10 / total) : 10;
        if (tenth > lastTenth || now - lastLineNanos >= EVERY_NANOS) print(done, message, now);
        lastTenth = Math.max(lastTenth, tenth);
    }

    /** Where the work stopped, unless the last line said so already. */
    void close() {
        if (latestDone != lastDone) print(latestDone, null, nanoClock.getAsLong());
    }

    private void print(long done, String message, long now) {
        long elapsed = now - startedNanos;
        double share = total > 0 ? (double) done / total : 1;
        StringBuilder line = new StringBuilder(task).append(": ")
                .append(String.format(Locale.ROOT, "%d%% (%d/%d %s), %s elapsed", (int) Math.floor(share * 100), done, total, unit,
                        human(elapsed)));
        if (done > 0 && done < total) line.append(", ETA ").append(human((long) (elapsed / share - elapsed)));
        if (message != null && !message.isEmpty()) line.append(", ").append(message);
        out.println(line);
        out.flush();
        lastLineNanos = now;
        lastDone = done;
    }

    /** 45 s, 3 min 20 s, 2 h 05 min. */
    static String human(long nanos) {
        Duration d = Duration.ofNanos(Math.max(0, nanos));
        long s = d.toSeconds();
        if (s < 60) return s + " s";
        if (s < 3600) return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
