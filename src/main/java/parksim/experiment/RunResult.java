package parksim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import parksim.observe.ParkMonth;
import parksim.observe.RunIdentity;
import parksim.observe.TargetResult;

/**
 * What one finished run hands back besides the rows it streamed: summary rows, firm rows on demand,
 * target checks, cost.
 *
 * @param firms the run's firm rows, built only when asked for: a sweep that writes no {@code firms.csv} never formats them
 */
public record RunResult(RunIdentity identity, List<List<String>> summaryRows, FirmRows firms,
                        List<ParkMonth> lastMonths, List<TargetResult> targets, long wallMillis, long firmMonths) {

    /** Builds a run's firm rows (one per firm that entered a pipeline, in that order) and hands each to a sink. */
    @FunctionalInterface
    public interface FirmRows {
        void each(Consumer<List<String>> sink);
    }

    /** All firm rows at once. */
    public List<List<String>> firmRows() {
        List<List<String>> rows = new ArrayList<>();
        firms.each(rows::add);
        return rows;
    }
}
