package parksim.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import parksim.calibrate.CalibrationProblem;
import parksim.calibrate.Evaluation;
import parksim.calibrate.FitReport;
import parksim.calibrate.Posterior;
import parksim.calibrate.Seeds;
import parksim.calibrate.TargetSet;
import parksim.results.Progress;
import parksim.core.FieldException;
import parksim.core.Require;
import parksim.results.OutputTarget;
import parksim.results.ResultDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parksim check-targets}: runs the targets' scenarios as they are and prints how well they reproduce the figures. */
@Command(name = "check-targets", mixinStandardHelpOptions = true,
        description = "Runs each scenario of a targets file R times and prints the targets table: observed value, simulated median and 90%% interval, share of runs within tolerance.")
public final class CheckTargetsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TARGETS", description = "the targets file (JSON)")
    Path file;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "50", description = "runs per scenario (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + Seeds.VALIDATION,
            description = "seed of the first replicate (default: ${DEFAULT-VALUE}, disjoint from calibrate's seeds)")
    long seed;

    @Mixin
    PosteriorOption posteriorOption;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR", description = "also write fit-report.csv into DIR")
    Path out;

    @Option(names = "--strict", description = "exit with code 1 if a target's simulated median falls outside its tolerance")
    boolean strict;

    @Mixin
    ProgressOption progressOption;

    @Mixin
    ForceOption forceOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (replications < 1) {
            spec.commandLine().getErr().println("parksim: --replications must be at least 1, was " + replications);
            return ParkSimCommand.BAD_INPUT;
        }
        FileKind.require(file, "targets");
        try {
            Require.seed(seed, replications, "--seed");
        } catch (FieldException e) {
            spec.commandLine().getErr().println("parksim: --seed: expected " + e.expected() + ", found " + e.found());
            return ParkSimCommand.BAD_INPUT;
        }
        TargetSet targets = TargetSet.load(file);
        boolean replace = out != null && OutputTarget.check(out, forceOption.force, List.of(file));
        Posterior posterior = posteriorOption.load();
        Evaluation e;
        try (CalibrationProblem problem = new CalibrationProblem(targets, List.of(), replications, seed,
                threads.poolSize());
             Progress progress = progressOption.bar("parksim check-targets", (long) targets.scenarios().size() * replications, " runs")) {
            e = problem.withDraws(PosteriorOption.draws(posterior)).evaluate(new double[0], progress::stepTo);
        }
        FitReport report = FitReport.of(targets, e);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%s: %d target(s) in %d scenario(s), %d replications each, seeds %s%n", file, targets.cases().size(),
                targets.scenarios().size(), replications, Seeds.range(seed, replications));
        for (var s : targets.scenarios().values()) PosteriorOption.describe(o, posterior, s.scenario());
        o.println();
        report.print(o);
        long fit = report.lines().stream().filter(FitReport.Line::fits).count();
        o.printf("%n%d of %d targets have their simulated median within tolerance%n", fit, report.lines().size());
        for (TargetSet.NotChecked n : targets.notChecked()) o.printf("not checked: %s: %s%n", n.figure(), n.why());
        if (out != null) {
            try (ResultDirectory dir = ResultDirectory.create(out, replace)) {
                report.writeCsv(dir.file("fit-report.csv"));
                dir.commit();
            } catch (UncheckedIOException ex) {
                return WriteFailure.report(spec.commandLine().getErr(), out, ex, false);
            }
        }
        return strict && !report.allFit() ? ParkSimCommand.FAILED : ParkSimCommand.OK;
    }
}
