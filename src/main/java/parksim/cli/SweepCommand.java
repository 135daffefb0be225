package parksim.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import parksim.calibrate.Posterior;
import parksim.experiment.Experiment;
import parksim.experiment.ExperimentLoader;
import parksim.experiment.ShapleyExperiment;
import parksim.experiment.Sweep;
import parksim.experiment.SweepFolder;
import parksim.report.SweepReport;
import parksim.results.Shard;
import parksim.results.SweepRuns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parksim sweep}: every variant × replicate of an experiment, in parallel, resumable. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Runs every variant and replicate of an experiment file, in parallel.",
                "It writes runs.csv, timeseries.csv and summary.csv.",
                "Running the same command again on the same folder resumes: finished runs are skipped."})
public final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "the experiment file (JSON)")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "result folder (default: results/<experiment name>, with -shard-K-of-N for a shard)")
    Path out;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--shard", paramLabel = "K/N", description = "run only the K-th of N disjoint slices of the runs (for job arrays; join them with merge)")
    String shardText;

    @Mixin
    ProgressOption progressOption;

    @Mixin
    PosteriorOption posteriorOption;

    @Option(names = "--shapley", paramLabel = "VARIANT",
            description = {"instead of the experiment's variants, run every sub-package of this named variant's instruments (2^k variants",
                    "shapley-<bits>), for compare's Shapley attribution; default folder results/<experiment name>-shapley-<VARIANT>"})
    String shapley;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Shard shard;
        try {
            shard = shardText == null ? Shard.ALL : Shard.parse(shardText);
        } catch (IllegalArgumentException e) {
            err.println("parksim: --shard: " + e.getMessage());
            return ParkSimCommand.BAD_INPUT;
        }
        int poolSize = threads.poolSize();
        FileKind.require(file, "experiment");
        Posterior posterior = posteriorOption.load();
        Experiment e = experiment(posterior);
        Path dir = out != null ? out
                : Path.of("results", e.spec().name() + (shard.isAll() ? "" : "-shard-" + shard.k() + "-of-" + shard.n()));

        SweepSession.Result session;
        try {
            session = SweepSession.run(e, shard, dir, poolSize, progressOption, "sweep");
        } catch (UncheckedIOException ex) {
            return WriteFailure.report(err, dir, ex, true);
        }
        PrintWriter o = spec.commandLine().getOut();
        PosteriorOption.describe(o, posterior, e.base().scenario());
        printSummary(o, e, shard, session.outcome(), poolSize, dir);
        return exitStatus(err, session.outcome(), session.failedInFolder(), dir);
    }

    /** The experiment file (or the Shapley sub-packages of one of its variants), with the posterior's draws if one is given. */
    private Experiment experiment(Posterior posterior) {
        Experiment e = shapley == null ? ExperimentLoader.load(file)
                : ExperimentLoader.load(file, tree -> ShapleyExperiment.derive(tree, shapley, file.toString()));
        if (posterior == null) return e;
        PosteriorOption.checkDisjoint(posterior, e);
        return e.withDraws(posterior);
    }

    private static void printSummary(PrintWriter o, Experiment e, Shard shard, Sweep.Outcome outcome, int poolSize, Path dir) {
        double seconds = Math.max(outcome.wallMillis(), 1) / 1000.0;
        o.printf(Locale.ROOT, "%s: %d variant(s) x %d replication(s) = %d runs%s; %d already done, ran %d (%d failed) on %d thread(s) in %.1f s"
                        + " (%.1f runs/s, %.0f firm-months/s) -> %s%n",
                e.spec().name(), e.variants().size(), e.replications(), e.plan().size(),
                shard.isAll() ? "" : ", shard " + shard + " has " + outcome.planned(),
                outcome.alreadyDone(), outcome.ran(), outcome.failed(), poolSize, seconds,
                outcome.ran() / seconds, outcome.firmMonths() / seconds, dir);
        SweepReport.print(SweepRuns.read(dir), o);
    }

    /** FAILED, with what to do, when the sweep stopped early or the folder holds failed runs; else OK. */
    private static int exitStatus(PrintWriter err, Sweep.Outcome outcome, int failedInFolder, Path dir) {
        if (outcome.stoppedBy() != null) {
            err.printf("parksim: the sweep stopped: %s. Give Java more heap (e.g. java -Xmx4g -jar target/parksim.jar sweep ...)"
                    + " or use fewer --threads, then run the same command again: it resumes %s%n", outcome.stoppedBy(), dir);
            return ParkSimCommand.FAILED;
        }
        if (failedInFolder > 0) {
            err.printf("parksim: %d run(s) failed; see the status and error columns of %s%n", failedInFolder, dir.resolve(SweepFolder.RUNS));
            return ParkSimCommand.FAILED;
        }
        return ParkSimCommand.OK;
    }
}
