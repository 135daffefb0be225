package parksim.experiment;

import java.util.List;
import parksim.observe.ParkMonth;
import parksim.observe.RunIdentity;
import parksim.observe.TargetResult;

/** What one finished run hands back besides the rows it streamed: summary and firm rows, target checks, cost. */
public record RunResult(RunIdentity identity, List<List<String>> summaryRows, List<List<String>> firmRows,
                        List<ParkMonth> lastMonths, List<TargetResult> targets, long wallMillis, long firmMonths) {}
