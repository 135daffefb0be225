package parksim.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parksim.model.ParkSimulation;
import parksim.observe.FirmTable;
import parksim.observe.ParkMonth;
import parksim.observe.RunIdentity;
import parksim.observe.SummaryTable;
import parksim.observe.TimeseriesTable;
import parksim.results.CsvOutput;
import parksim.results.ResultDirectory;

/**
 * Writes the run on screen as result files: {@code timeseries.csv}, {@code summary.csv} and
 * {@code firms.csv} of the months simulated so far, in the columns {@code parksim run} writes —
 * for an unchanged run, the very bytes of {@code run --months N} with the same seed — and, if the
 * Model tab changed the run, {@code changes.csv}. Files are staged and moved into place when complete.
 */
final class RunExport {
    static final List<String> CHANGES_HEADER = List.of("run_id", "effective_from", "path", "from", "to");
    /** The identity columns every result table starts with; run_id and variant are relabelled for a changed run. */
    static final List<String> IDENTITY = List.of("run_id", "scenario", "variant", "replicate", "seed");

    private RunExport() {}

    static Path write(RecordedRun run, Path target) {
        ParkSimulation sim = run.simulation();
        int done = sim.monthsDone();
        if (done == 0) throw new IllegalStateException("nothing simulated yet: step or play at least one month first");
        SummaryTable summary = new SummaryTable(sim.scenario().with(done, null));
        RunIdentity id = run.identity();
        try (ResultDirectory dir = ResultDirectory.create(target)) {
            try (CsvOutput timeseries = new CsvOutput(dir.file("timeseries.csv"), TimeseriesTable.HEADER);
                 CsvOutput summaries = new CsvOutput(dir.file("summary.csv"), summary.header());
                 CsvOutput firms = new CsvOutput(dir.file("firms.csv"), FirmTable.HEADER)) {
                for (ParkMonth m : run.rows()) timeseries.row(TimeseriesTable.row(id, m));
                for (List<String> row : run.recorder().summaryRows(summary)) summaries.row(relabel(row, id));
                for (List<String> row : run.recorder().firmRows()) firms.row(relabel(row, id));
            }
            if (!run.changes().isEmpty()) {
                try (CsvOutput changes = new CsvOutput(dir.file("changes.csv"), CHANGES_HEADER)) {
                    for (RecordedRun.Change c : run.changes()) {
                        changes.row(List.of(id.runId(), c.effectiveFrom().toString(), c.path(), c.before(), c.after()));
                    }
                }
            }
            dir.commit();
        }
        return target;
    }

    /** A recorder row with this run's run_id and variant (the recorder labels every run "base"). */
    static List<String> relabel(List<String> row, RunIdentity id) {
        List<String> r = new ArrayList<>(row);
        r.set(IDENTITY.indexOf("run_id"), id.runId());
        r.set(IDENTITY.indexOf("variant"), id.variant());
        return r;
    }
}
