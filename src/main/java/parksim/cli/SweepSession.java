package parksim.cli;

import java.nio.file.Path;
import parksim.experiment.Experiment;
import parksim.experiment.RunsTable;
import parksim.experiment.Sweep;
import parksim.experiment.SweepFolder;
import parksim.observe.SummaryTable;
import parksim.observe.TimeseriesTable;
import parksim.results.OutputTarget;
import parksim.results.Progress;
import parksim.results.Shard;
import parksim.results.SweepRuns;

/** Runs (or resumes) an experiment's runs of one shard into a sweep folder, with a progress bar, for sweep and sensitivity. */
final class SweepSession {
    /** What the session did, and how many runs of the folder have failed in all (this session or before). */
    record Result(Sweep.Outcome outcome, int failedInFolder) {}

    private SweepSession() {}

    static Result run(Experiment e, Shard shard, Path dir, int threads, ProgressOption progressOption, String command) {
        OutputTarget.checkWritable(dir);
        try (SweepFolder folder = SweepFolder.open(dir, e, shard, new RunsTable(e).header(),
                new SummaryTable(e.variants().get(0).scenario()).header(), TimeseriesTable.HEADER);
             Progress progress = progressOption.bar("parksim " + command + " " + e.spec().name(),
                     e.plan().stream().filter(r -> shard.includes(r.index())).count(), " runs")) {
            Sweep.Outcome outcome = Sweep.run(e, shard, folder, threads, progress, Sweep.SIMULATION);
            int failed = SweepRuns.read(dir).failed();
            folder.finish(outcome.complete(), failed);
            return new Result(outcome, failed);
        }
    }
}
