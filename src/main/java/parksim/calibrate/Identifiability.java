package parksim.calibrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import parksim.core.Fmt;
import parksim.results.CsvOutput;

/**
 * Which parameters the targets pin down: for each free parameter, a profile of the objective and the spread of
 * its posterior draws.
 *
 * <p>The profile is a stated approximation of the profile likelihood (the best objective with the parameter
 * fixed and the others re-fitted): the lower envelope of every point evaluated — the optimiser's points and the
 * posterior sampler's — in {@link #BINS} equal bins of the parameter's range. The sampler's first generation is a
 * Sobol design over the whole box, so most bins have points; the envelope is an upper bound on the true profile.
 *
 * <p>Verdict: <b>pinned</b> when the posterior's 90 % range covers less than half of the parameter's range and
 * the profile rises above ε within the bounds; <b>weakly pinned</b> when it covers less than 80 %; otherwise
 * <b>not pinned</b> — the figures do not tell its values apart.
 */
public final class Identifiability {
    public static final int BINS = 12;

    /** One parameter's verdict. */
    public record Line(FreeParameter parameter, double fitted, double mean, double p05, double p95, double rangeShare,
                       double profileShareWithin, String verdict) {}

    /** One bin of a profile. */
    public record Bin(double low, double high, double best, int points) {}

    private Identifiability() {}

    public static List<Bin> profile(List<double[]> values, List<Double> objectives, int parameter, FreeParameter p) {
        double[] best = new double[BINS];
        int[] count = new int[BINS];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int k = 0; k < values.size(); k++) {
            int b = Math.min(BINS - 1, (int) Math.floor(p.toUnit(values.get(k)[parameter]) * BINS));
            best[b] = Math.min(best[b], objectives.get(k));
            count[b]++;
        }
        List<Bin> bins = new ArrayList<>();
        double width = (p.max() - p.min()) / BINS;
        for (int b = 0; b < BINS; b++) bins.add(new Bin(p.min() + b * width, p.min() + (b + 1) * width, best[b], count[b]));
        return bins;
    }

    public static Line judge(FreeParameter p, double fitted, double[] draws, double[] weights, List<Bin> profile, double epsilon) {
        double total = 0;
        double mean = 0;
        for (int j = 0; j < draws.length; j++) {
            total += weights[j];
            mean += weights[j] * draws[j];
        }
        mean /= total;
        double p05 = WeightedQuantile.of(draws, weights, 0.05);
        double p95 = WeightedQuantile.of(draws, weights, 0.95);
        double share = (p95 - p05) / (p.max() - p.min());
        long filled = profile.stream().filter(b -> b.points() > 0).count();
        long within = profile.stream().filter(b -> b.points() > 0 && b.best() <= epsilon).count();
        double profileShare = filled == 0 ? Double.NaN : within / (double) filled;
        String verdict = share < 0.5 && profileShare < 1 ? "pinned" : share < 0.8 ? "weakly pinned" : "not pinned";
        return new Line(p, fitted, mean, p05, p95, share, profileShare, verdict);
    }

    public static void writeProfiles(Path file, List<FreeParameter> params, List<List<Bin>> profiles) {
        try (CsvOutput out = new CsvOutput(file, List.of("parameter", "bin", "value_low", "value_high", "best_objective", "points"))) {
            for (int i = 0; i < params.size(); i++) {
                for (int b = 0; b < profiles.get(i).size(); b++) {
                    Bin bin = profiles.get(i).get(b);
                    out.row(List.of(params.get(i).name(), Integer.toString(b + 1), Fmt.number(bin.low()), Fmt.number(bin.high()),
                            bin.points() == 0 ? "" : Double.toString(bin.best()), Integer.toString(bin.points())));
                }
            }
        }
    }

    public static void writeVerdicts(Path file, List<Line> lines) {
        try (CsvOutput out = new CsvOutput(file, List.of("parameter", "min", "max", "fitted", "posterior_mean", "posterior_p05",
                "posterior_p95", "posterior_range_share", "profile_share_within_epsilon", "verdict"))) {
            for (Line l : lines) {
                out.row(List.of(l.parameter().name(), Fmt.number(l.parameter().min()), Fmt.number(l.parameter().max()), Fmt.number(l.fitted()),
                        Fmt.number(l.mean()), Fmt.number(l.p05()), Fmt.number(l.p95()), Fmt.share(l.rangeShare()),
                        Fmt.share(l.profileShareWithin()), l.verdict()));
            }
        }
    }
}
