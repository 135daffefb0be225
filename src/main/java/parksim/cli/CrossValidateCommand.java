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
import parksim.calibrate.FitReport;
import parksim.core.Metric;
import parksim.results.OutputTarget;
import parksim.scenario.TargetSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parksim cross-validate}: leave-one-park-out cross-validation of a calibration. */
@Command(name = "cross-validate", mixinStandardHelpOptions = true,
        description = {"Checks the calibration out of sample: fits PARAMS to all parks but one and predicts the one left out.",
                "For each park of the targets it fits PARAMS to the other parks' targets and predicts the held-out park's "
                + "figures on fresh seeds. It writes cross-validation.csv; run again on the same folder to continue."})
public final class CrossValidateCommand implements Callable<Integer> {
    @Mixin
    CalibrationOptions c;

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
        if (!c.check(err, validationReplications, "--validation-replications")) return ParkSimCommand.BAD_INPUT;
        FileKind.require(c.targetsFile, "targets");
        FileKind.require(c.paramsFile, "calibration-params");
        TargetSet targets = TargetSet.load(c.targetsFile);
        ParameterSet params = ParameterSet.load(c.paramsFile, targets);
        if (targets.parks().size() < 2) {
            err.println("parksim: " + c.targetsFile + ": expected targets of at least two parks to hold one out, found " + targets.parks());
            return ParkSimCommand.BAD_INPUT;
        }
        Path dir = c.folder(out, "cross-validate");
        OutputTarget.checkWritable(dir);
        CrossValidation.checkFolder(dir, targets.parks());
        List<CrossValidation.Line> lines;
        try (CalibrationProblem problem = new CalibrationProblem(targets, params.parameters(), c.replications, c.seed, threads.poolSize())) {
            String fingerprint = Files.readString(c.targetsFile) + Files.readString(c.paramsFile);
            lines = CrossValidation.run(problem, dir, fingerprint, c.evaluations, c.validationSeed, validationReplications, null);
            CrossValidation.write(dir.resolve(CrossValidation.CSV), lines);
        } catch (IOException e) {
            return WriteFailure.report(err, dir, new UncheckedIOException(e), true);
        } catch (UncheckedIOException e) {
            return WriteFailure.report(err, dir, e, true);
        }
        print(spec.commandLine().getOut(), lines, dir);
        return ParkSimCommand.OK;
    }

    private void print(PrintWriter o, List<CrossValidation.Line> lines, Path dir) {
        o.printf("%s: leave-one-park-out, fits on seeds %s (%d evaluations per fold), predictions on seeds %s -> %s%n%n", c.targetsFile,
                Seeds.range(c.seed, c.replications), c.evaluations, Seeds.range(c.validationSeed, validationReplications), dir.resolve("cross-validation.csv"));
        o.printf(Locale.ROOT, "%-15s %-28s %-15s %-30s %-7s %-7s %s%n", "held out", "target", "observed", "predicted median [5–95%]",
                "within", "in 90%", "not fitted");
        for (CrossValidation.Line l : lines) {
            TargetSpec t = l.target().target();
            double scale = l.target().per() == null && t.metric().unit() == Metric.Unit.MONEY ? 1e6 : 1;
            String unit = scale == 1e6 ? "M" : "";
            o.printf(Locale.ROOT, "%-15s %-28s %-15s %-30s %-7s %-7s %s%n", l.park(), t.id(),
                    t.comparison().symbol() + " " + FitReport.num(t.value() / scale) + unit,
                    FitReport.num(l.median() / scale) + unit + " [" + FitReport.num(l.p05() / scale) + " – " + FitReport.num(l.p95() / scale) + "]",
                    l.within() ? "yes" : "no", l.observedInInterval() ? "yes" : "no", String.join(" ", l.notFitted()));
        }
        long within = lines.stream().filter(CrossValidation.Line::within).count();
        o.printf("%n%d of %d held-out targets predicted within tolerance (median)%n", within, lines.size());
    }
}
