package parksim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import parksim.calibrate.Posterior;
import parksim.calibrate.FreeParameter;
import parksim.results.FolderLock;
import parksim.results.Shard;
import parksim.experiment.Sweep;
import parksim.optimise.Batches;
import parksim.optimise.LeverSpec;
import parksim.optimise.OptimiseFolder;
import parksim.optimise.OptimiseLoader;
import parksim.optimise.OptimiseProblem;
import parksim.optimise.OptimiseReport;
import parksim.optimise.Optimiser;
import parksim.optimise.Verdict;
import parksim.results.OutputTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parksim optimise}: searches an optimisation file's levers for the package to fund at each budget, racing the
 * best candidates on more seeds and judging the chosen ones on fresh seeds against the hand-written packages.
 */
@Command(name = "optimise", mixinStandardHelpOptions = true,
        description = {"Searches the levers of an optimisation file for the package to fund at each budget (CMA-ES) or the front of outcome against cost (NSGA-II),"
                + " on common seeds, races the best on more seeds and re-runs the chosen packages on fresh seeds against the baseline and the hand-written packages.",
                "Every batch runs as a sweep into the result folder: running the same command again resumes it; --shard K/N runs slice K of every batch"
                        + " (start N processes on the same folder)."})
public final class OptimiseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "the optimisation file (JSON with levers, an objective and budgets)")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "result folder (default: results/<name>)")
    Path out;

    @Option(names = "--shard", paramLabel = "K/N", description = "run slice K of N of every batch; N processes on the same --out advance together, shard 1 writes the results")
    String shardText;

    @Mixin
    PosteriorOption posteriorOption;

    @Mixin
    ThreadsOption threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        Shard shard;
        try {
            shard = shardText == null ? Shard.ALL : Shard.parse(shardText);
        } catch (IllegalArgumentException e) {
            err.println("parksim: --shard: " + e.getMessage());
            return ParkSimCommand.BAD_INPUT;
        }
        FileKind.require(file, "optimisation");
        OptimiseProblem problem = OptimiseLoader.load(file);
        Posterior posterior = posteriorOption.load();
        if (posterior != null) {
            String clash = clash(posterior, problem);
            if (clash != null) {
                err.println("parksim: --posterior: expected parameters the optimisation does not move, found " + clash);
                return ParkSimCommand.BAD_INPUT;
            }
            problem = problem.withDraws(posterior);
        }
        Path dir = out != null ? out : Path.of("results", problem.spec().name());
        OutputTarget.checkWritable(dir);
        describe(o, problem, dir, shard);
        PosteriorOption.describe(o, posterior, problem.base().scenario());
        try {
            if (!shard.isAll()) return sharded(problem, dir, shard, o);
            OptimiseFolder.open(dir, problem, shard);
            try (FolderLock lock = FolderLock.acquire(dir, "optimise " + file.getFileName())) {
                return finish(problem, dir, shard, o);
            }
        } catch (java.io.UncheckedIOException ex) {
            return WriteFailure.report(err, dir, ex, true);
        }
    }

    private Integer sharded(OptimiseProblem problem, Path dir, Shard shard, PrintWriter o) {
        String holder = FolderLock.holder(dir);
        if (holder != null) throw new parksim.core.InputException(dir.toString(), "is in use by an unsharded optimisation (" + holder + "); wait until it ends");
        OptimiseFolder.open(dir, problem, shard);
        if (shard.k() == 1) return finish(problem, dir, shard, o);
        new Optimiser(problem, new Batches(dir, problem, shard, threads.poolSize(), Sweep.SIMULATION, o)).run();
        o.printf("shard %s done; shard 1 writes the results%n", shard);
        return ParkSimCommand.OK;
    }

    private Integer finish(OptimiseProblem problem, Path dir, Shard shard, PrintWriter o) {
        long t0 = System.nanoTime();
        Batches batches = new Batches(dir, problem, shard, threads.poolSize(), Sweep.SIMULATION, o);
        Optimiser.Result r = new Optimiser(problem, batches).run();
        List<Verdict> verdicts = OptimiseReport.write(dir, r);
        OptimiseFolder.write(dir, problem, shard, true);
        o.printf(Locale.ROOT, "ran %d run(s) on %d thread(s) in %.1f s -> %s: %s, %s, %s, %s, %s%n", batches.ran(), threads.poolSize(),
                (System.nanoTime() - t0) / 1e9, dir, OptimiseReport.FRONT, OptimiseReport.EVALUATIONS, OptimiseReport.CHART, OptimiseReport.HTML,
                OptimiseReport.SUMMARY);
        o.println();
        o.print(java.nio.file.Files.exists(dir.resolve(OptimiseReport.SUMMARY)) ? read(dir.resolve(OptimiseReport.SUMMARY)) : "");
        return verdicts.isEmpty() ? ParkSimCommand.FAILED : ParkSimCommand.OK;
    }

    private static String read(Path f) {
        try {
            return java.nio.file.Files.readString(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void describe(PrintWriter o, OptimiseProblem p, Path dir, Shard shard) {
        var s = p.spec();
        o.printf(Locale.ROOT, "%s: %s over %d lever(s), budgets %s, %d replication(s) per candidate from seed %d%s -> %s%n", s.name(),
                s.front() ? "NSGA-II front (" + s.search().population() + " x " + s.search().generations() + " generations)"
                        : "CMA-ES (" + s.search().evaluations() + " candidates per budget)",
                p.levers().size(), s.budget().values().stream().map(b -> parksim.core.Fmt.number(b)).toList(), s.replications(), s.seed(),
                shard.isAll() ? "" : ", shard " + shard, dir);
    }

    /** A posterior parameter that sets a number a lever moves (the same node of the scenario, whatever the paths' wildcards), or null. */
    private static String clash(Posterior posterior, OptimiseProblem p) {
        var tree = p.base().tree();
        for (FreeParameter fp : posterior.parameters()) {
            for (String path : fp.paths()) {
                List<com.fasterxml.jackson.databind.JsonNode> drawn = parksim.scenario.ScenarioPaths.getAll(tree, path);
                for (LeverSpec l : p.levers()) {
                    for (var node : parksim.scenario.ScenarioPaths.getAll(tree, l.path())) {
                        if (drawn.stream().anyMatch(d -> d == node)) return fp.name() + ", which sets " + l.path() + " (lever " + l.name() + ")";
                    }
                }
            }
        }
        return null;
    }
}
