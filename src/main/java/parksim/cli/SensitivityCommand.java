package parksim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import parksim.experiment.Experiment;
import parksim.experiment.Sweep;
import parksim.experiment.SweepFolder;
import parksim.results.OutputTarget;
import parksim.results.Shard;
import parksim.sensitivity.study.Method;
import parksim.sensitivity.study.OutputTable;
import parksim.sensitivity.study.SensitivityStudy;
import parksim.sensitivity.study.StudyAnalysis;
import parksim.sensitivity.study.StudyLoader;
import parksim.sensitivity.study.StudyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parksim sensitivity}: a global sensitivity analysis run as a sweep (one variant per design point), then the
 * indices computed from its rows. Resumable, shardable and mergeable like a sweep.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Global sensitivity analysis of a scenario's assumptions: Morris elementary effects or Sobol indices, with bootstrap intervals.",
                "The design runs as a sweep into the result folder: running the same command again resumes it; --shard K/N runs a slice,"
                        + " merge joins the slices, and the same command on the merged folder computes the indices."})
public final class SensitivityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "the sensitivity experiment file (JSON with inputs and outputs)")
    Path file;

    @Option(names = "--method", required = true, paramLabel = "morris|sobol", description = "morris (screening) or sobol (variance-based indices)")
    String methodText;

    @Option(names = "--samples", paramLabel = "N", description = "base samples of the design (default: the file's samples): Morris runs N (k+1) points, Sobol N (k+2)")
    Integer samples;

    @Option(names = "--second-order", description = "with sobol: also second-order indices of every pair of inputs (sobol-second-order.csv); N (2k+2) points")
    boolean secondOrder;

    @Option(names = "--out", paramLabel = "DIR", description = "result folder (default: results/<name>-<method>, with -shard-K-of-N for a shard)")
    Path out;

    @Option(names = "--shard", paramLabel = "K/N", description = "run only the K-th of N slices of the runs (join them with merge)")
    String shardText;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ProgressOption progressOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        Method method;
        Shard shard;
        try {
            method = Method.valueOf(methodText.toUpperCase(Locale.ROOT));
            shard = shardText == null ? Shard.ALL : Shard.parse(shardText);
        } catch (IllegalArgumentException e) {
            err.println("parksim: " + (shardText != null && e.getMessage().contains("K/N") ? "--shard: " + e.getMessage()
                    : "--method: expected morris or sobol, found \"" + methodText + "\""));
            return ParkSimCommand.BAD_INPUT;
        }
        if (secondOrder && method != Method.SOBOL) {
            err.println("parksim: --second-order: expected --method sobol, found --method " + method.id());
            return ParkSimCommand.BAD_INPUT;
        }
        FileKind.require(file, "sensitivity");
        SensitivityStudy study = StudyLoader.load(file, method, samples, secondOrder);
        Experiment e = study.experiment();
        Path dir = out != null ? out : Path.of("results", study.spec().name() + "-" + method.id()
                + (shard.isAll() ? "" : "-shard-" + shard.k() + "-of-" + shard.n()));
        OutputTarget.checkWritable(dir);
        o.printf(Locale.ROOT, "%s: %s, %d input(s), %d output(s), %d base samples -> %d design points x %d replication(s) = %d runs -> %s%n",
                study.spec().name(), method.id(), study.inputs().size(), study.outputs().size(), study.samples(), study.points(),
                e.replications(), e.plan().size(), dir);
        if (!SweepFolder.isComplete(dir, e)) {
            Integer code = runSweep(e, shard, dir, o, err);
            if (code != null) return code;
        }
        OutputTable table = OutputTable.read(dir, study);
        List<StudyAnalysis.Row> rows = StudyAnalysis.analyse(study, table);
        try {
            StudyReport.write(dir, study, rows, StudyAnalysis.pairs(study, table));
        } catch (java.io.UncheckedIOException ex) {
            return WriteFailure.report(err, dir, ex, true);
        }
        o.printf("indices -> %s%s, charts and sensitivity.html%n", dir.resolve(method.id() + ".csv"), study.secondOrder() ? ", sobol-second-order.csv" : "");
        StudyReport.print(study, rows, o, 5);
        return ParkSimCommand.OK;
    }

    /** Runs (or resumes) the design's sweep; returns an exit code if the indices cannot be computed yet. */
    private Integer runSweep(Experiment e, Shard shard, Path dir, PrintWriter o, PrintWriter err) {
        SweepSession.Result session;
        try {
            session = SweepSession.run(e, shard, dir, threads.poolSize(), progressOption, "sensitivity");
        } catch (java.io.UncheckedIOException ex) {
            return WriteFailure.report(err, dir, ex, true);
        }
        Sweep.Outcome outcome = session.outcome();
        int failed = session.failedInFolder();
        double seconds = Math.max(outcome.wallMillis(), 1) / 1000.0;
        o.printf(Locale.ROOT, "%d already done, ran %d (%d failed) on %d thread(s) in %.1f s (%.1f runs/s)%n",
                outcome.alreadyDone(), outcome.ran(), outcome.failed(), threads.poolSize(), seconds, outcome.ran() / seconds);
        if (failed > 0) {
            err.printf("parksim: %d run(s) failed; see the status and error columns of %s%n", failed, dir.resolve(SweepFolder.RUNS));
            return ParkSimCommand.FAILED;
        }
        if (!shard.isAll()) {
            o.printf("shard %s done; join the shards with merge, then run this command with --out on the merged folder for the indices%n", shard);
            return ParkSimCommand.OK;
        }
        return null;
    }

}
