package parksim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import parksim.calibrate.CalibrationProblem;
import parksim.calibrate.CrossValidation;
import parksim.calibrate.ParameterSet;
import parksim.calibrate.Seeds;
import parksim.calibrate.TargetSet;
import parksim.core.Fmt;
import parksim.core.Metric;
import parksim.scenario.TargetSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parksim cross-validate}: leave-one-park-out cross-validation of a calibration. */
@Command(name = "cross-validate", mixinStandardHelpOptions = true,
        description = {"For each park of the targets, fits PARAMS to the other parks' targets and predicts the held-out park's",
                "figures on fresh seeds. Writes cross-validation.csv; run again on the same folder to continue."})
public final class CrossValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TARGETS", description = "the targets file (JSON)")
    Path targetsFile;

    @Option(names = "--params", paramLabel = "PARAMS", required = true, description = "the free parameters and their bounds (JSON)")
    Path paramsFile;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "20", description = "runs per scenario and evaluation (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--evaluations", paramLabel = "N", defaultValue = "150", description = "optimiser evaluations per fold at most (default: ${DEFAULT-VALUE})")
    int evaluations;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + Seeds.CALIBRATION, description = "first seed of the folds' fits (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--validation-seed", paramLabel = "N", defaultValue = "" + Seeds.VALIDATION,
            description = "first seed of the predictions (default: ${DEFAULT-VALUE})")
    long validationSeed;

    @Option(names = "--validation-replications", paramLabel = "R", defaultValue = "50", description = "runs per prediction (default: ${DEFAULT-VALUE})")
    int validationReplications;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR", description = "result folder (default: results/cross-validate-<targets file name>)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (replications < 1 || evaluations < 1 || validationReplications < 1) {
            err.println("parksim: --replications, --evaluations and --validation-replications must be at least 1");
            return ParkSimCommand.BAD_INPUT;
        }
        if (Seeds.overlap(seed, replications, validationSeed, validationReplications)) {
            err.printf("parksim: --validation-seed: expected seeds disjoint from the fits' %s, found %s%n", Seeds.range(seed, replications),
                    Seeds.range(validationSeed, validationReplications));
            return ParkSimCommand.BAD_INPUT;
        }
        TargetSet targets = TargetSet.load(targetsFile);
        ParameterSet params = ParameterSet.load(paramsFile, targets);
        if (targets.parks().size() < 2) {
            err.println("parksim: " + targetsFile + ": expected targets of at least two parks to hold one out, found " + targets.parks());
            return ParkSimCommand.BAD_INPUT;
        }
        String stem = targetsFile.getFileName().toString().replaceFirst("\\.json$", "");
        Path dir = out != null ? out : Path.of("results", "cross-validate-" + stem);
        List<CrossValidation.Line> lines;
        try (CalibrationProblem problem = new CalibrationProblem(targets, params.parameters(), replications, seed, threads.poolSize())) {
            String fingerprint = Files.readString(targetsFile) + Files.readString(paramsFile);
            lines = CrossValidation.run(problem, dir, fingerprint, evaluations, validationSeed, validationReplications, null);
            CrossValidation.write(dir.resolve("cross-validation.csv"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        print(spec.commandLine().getOut(), lines, dir);
        return ParkSimCommand.OK;
    }

    private void print(PrintWriter o, List<CrossValidation.Line> lines, Path dir) {
        o.printf("%s: leave-one-park-out, fits on seeds %s (%d evaluations per fold), predictions on seeds %s -> %s%n%n", targetsFile,
                Seeds.range(seed, replications), evaluations, Seeds.range(validationSeed, validationReplications), dir.resolve("cross-validation.csv"));
        o.printf(Locale.ROOT, "%-15s %-16s %-15s %-26s %-7s %-9s %s%n", "held out", "target", "observed", "predicted median [5–95%]",
                "within", "in 90%", "not fitted");
        for (CrossValidation.Line l : lines) {
            TargetSpec t = l.target().target();
            double scale = l.target().per() == null && t.metric().unit() == Metric.Unit.MONEY ? 1e6 : 1;
            String unit = scale == 1e6 ? "M" : "";
            o.printf(Locale.ROOT, "%-15s %-16s %-15s %-26s %-7s %-9s %s%n", l.park(), t.id(),
                    t.comparison().symbol() + " " + Fmt.number(t.value() / scale) + unit,
                    Fmt.number(l.median() / scale) + unit + " [" + Fmt.number(l.p05() / scale) + " – " + Fmt.number(l.p95() / scale) + "]",
                    l.within() ? "yes" : "no", l.observedInInterval() ? "yes" : "no", String.join(" ", l.notFitted()));
        }
        long within = lines.stream().filter(CrossValidation.Line::within).count();
        o.printf("%n%d of %d held-out targets predicted within tolerance (median)%n", within, lines.size());
    }
}
