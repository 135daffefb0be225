package parksim.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import parksim.core.Quantiles;
import parksim.core.Fmt;
import parksim.core.InputException;
import parksim.results.Progress;
import parksim.scenario.ScenarioPaths;
import parksim.scenario.TargetSpec;

/**
 * Leave-one-park-out cross-validation: for each park of the targets, fit the parameters to the other parks'
 * targets (CMA-ES, as {@code calibrate}), then run the held-out park's scenario at the fitted point on the
 * validation seeds and compare its simulated figures with the observed ones.
 *
 * <p>A parameter that only acts on the held-out park's scenario (e.g. a park-specific visibility) cannot be
 * fitted without it: it stays at its starting value, and the fold says so. The predicted interval is the 5–95 %
 * range over replications at the fitted point: stochastic uncertainty, not parameter uncertainty.
 * Each fold's optimiser log is kept in {@code <out>/<park>/}, so a stopped cross-validation resumes.
 */
public final class CrossValidation {
    public static final List<String> HEADER = List.of("held_out_park", "target", "figure", "metric", "comparison", "observed",
            "tolerance", "predicted_median", "predicted_p05", "predicted_p95", "within_tolerance", "observed_in_interval",
            "share_within_tolerance", "fold_objective", "fold_converged", "not_fitted");

    /** One held-out target's prediction. */
    public record Line(String park, TargetCase target, double median, double p05, double p95, double shareWithin,
                       double foldObjective, boolean converged, List<String> notFitted) {
        public boolean within() { return target.target().met(median); }

        public boolean observedInInterval() {
            TargetSpec t = target.target();
            return switch (t.comparison()) {
                case EQUALS -> t.value() >= p05 && t.value() <= p95;
                case AT_LEAST -> p95 >= t.value();
                case AT_MOST -> p05 <= t.value();
            };
        }
    }

    public static final String CSV = "cross-validation.csv";

    private CrossValidation() {}

    /** One fold: the park held out, the problem fitted without it, the parameters that act only on it (held at their start). */
    private record Fold(String park, CalibrationProblem training, List<String> notFitted, Calibrator calibrator) {}

    public static List<Line> run(CalibrationProblem problem, Path out, String fingerprintText, int evaluations,
                                 long validationSeed, int validationReplications, Progress progress) {
        List<Fold> folds = folds(problem, out, fingerprintText);
        List<Line> lines = new ArrayList<>();
        for (Fold f : folds) {
            Calibrator.Result fit = f.calibrator().run(evaluations, progress);
            double[] full = f.training().fullValues(fit.best().values());
            CalibrationProblem heldOut = problem.only(c -> c.park().equals(f.park())).withSeed(validationSeed, validationReplications);
            Evaluation predicted = heldOut.evaluate(full);
            for (TargetCase c : heldOut.targets().cases()) {
                double[] v = predicted.simulated().get(c.id());
                DescriptiveStatistics s = new DescriptiveStatistics(v);
                int within = 0;
                for (double x : v) if (c.target().met(x)) within++;
                lines.add(new Line(f.park(), c, Quantiles.r7(s, 50), Quantiles.r7(s, 5), Quantiles.r7(s, 95), within / (double) v.length,
                        fit.best().objective(), fit.stop().converged(), List.copyOf(f.notFitted())));
            }
        }
        return lines;
    }

    /**
     * The folds, each fold's folder checked before the first is fitted: the cross-validation folder holds only
     * {@code cross-validation.csv} and one calibration folder per park (see {@link Calibrator#check}).
     */
    private static List<Fold> folds(CalibrationProblem problem, Path out, String fingerprintText) {
        checkFolder(out, problem.targets().parks());
        List<Fold> folds = new ArrayList<>();
        for (String park : problem.targets().parks()) {
            CalibrationProblem training = problem.only(c -> !c.park().equals(park));
            List<String> notFitted = new ArrayList<>();
            for (FreeParameter p : problem.parameters()) {
                if (!actsOn(training, p)) {
                    notFitted.add(p.name());
                    training = training.fixing(p.name(), p.initial());
                }
            }
            Calibrator calibrator = new Calibrator(training, out.resolve(park), fingerprintText + "/" + park, "");
            calibrator.check();
            folds.add(new Fold(park, training, notFitted, calibrator));
        }
        return folds;
    }

    /** A new or empty folder, or one of an earlier cross-validation of these parks: never a sweep's or anyone's other files. */
    public static void checkFolder(Path out, java.util.Collection<String> parks) {
        if (Files.exists(out) && !Files.isDirectory(out)) throw new InputException(out.toString(), "--out", "a folder for the results", "a file");
        if (!Files.isDirectory(out)) return;
        try (var files = Files.list(out)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                boolean ours = name.startsWith(".") || name.equals(CSV) || parks.contains(name) && Files.isDirectory(f);
                if (!ours) {
                    throw new InputException(out.toString(), "--out", "an empty or new folder, or one of an earlier cross-validation (" + CSV
                            + " and a folder per park " + parks + ")", "a folder with other files in it (" + name + " ...); nothing was changed");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a parameter sets a number in any scenario of the problem. */
    private static boolean actsOn(CalibrationProblem problem, FreeParameter p) {
        for (var e : problem.targets().scenarios().entrySet()) {
            if (!p.appliesTo(e.getKey())) continue;
            for (String path : p.paths()) {
                if (ScenarioPaths.getAll(e.getValue().tree(), path).stream().anyMatch(JsonNode::isNumber)) return true;
            }
        }
        return false;
    }

    public static void write(Path file, List<Line> lines) {
        try (parksim.results.CsvOutput out = new parksim.results.CsvOutput(file, HEADER)) {
            for (Line l : lines) {
                TargetSpec t = l.target().target();
                out.row(List.of(l.park(), t.id(), t.figure(), l.target().metricName(), t.comparison().symbol(), Fmt.number(t.value()),
                        Fmt.number(t.tolerance()), Fmt.number(l.median()), Fmt.number(l.p05()), Fmt.number(l.p95()),
                        l.within() ? "yes" : "no", l.observedInInterval() ? "yes" : "no", Fmt.share(l.shareWithin()),
                        Fmt.number(l.foldObjective()), l.converged() ? "yes" : "no", String.join(" ", l.notFitted())));
            }
        }
    }
}
