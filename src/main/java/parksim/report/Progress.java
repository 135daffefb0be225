package parksim.report;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr that appears only once work has taken more than a moment, so quick
 * runs and tests print nothing extra. Thread-safe.
 */
public final class Progress implements AutoCloseable {
    private static final long DELAY_NANOS = 1_000_000_000L;
    private final boolean enabled;
    private final String task;
    private final long total;
    private final String unit;
    private final long started = System.nanoTime();
    private ProgressBar bar;

    public Progress(boolean enabled, String task, long total, String unit) {
        this.enabled = enabled;
        this.task = task;
        this.total = total;
        this.unit = unit;
    }

    public synchronized void stepTo(long done) {
        stepTo(done, null);
    }

    /** Moves the bar to {@code done}, with an optional extra message (e.g. failed runs). */
    public synchronized void stepTo(long done, String message) {
        if (!enabled) return;
        if (bar == null && System.nanoTime() - started > DELAY_NANOS) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(unit, 1)
                    .setStyle(ProgressBarStyle.ASCII).build();
        }
        if (bar != null) {
            bar.stepTo(done);
            if (message != null) bar.setExtraMessage(message);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) bar.close();
    }
}
