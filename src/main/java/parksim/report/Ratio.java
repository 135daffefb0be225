package parksim.report;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.Covariance;

/**
 * A ratio of two paired mean differences, e.g. extra open tenants per ¥1M of extra spend, with the 95 %
 * confidence interval of Fieller's theorem.
 *
 * <p>For pairs (y_i, x_i) with means ȳ, x̄, the interval is every θ for which the paired t-test of
 * y − θx does not reject 0 at 5 %: (ȳ − θx̄)² ≤ t² (v_yy − 2θ v_xy + θ² v_xx), v = the (co)variances of
 * the means. It is a finite interval exactly when x̄ itself differs from 0 at 5 % (its t-CI excludes 0);
 * otherwise the set is unbounded and no ratio is given, with the reason in {@link #note()}. Fieller is
 * preferred to a bootstrap here: it is exact for normal differences, needs no random numbers, and its
 * condition for a finite interval is the very rule "no ratio when the denominator's CI includes 0".
 *
 * @param note null when the ratio is given; otherwise why not, in words
 */
public record Ratio(double estimate, double low, double high, String note) {
    public static final String NOT_PAIRED = "runs not paired by seed";

    public Ratio {
        if (note == null && (Double.isNaN(estimate) || !(low <= high))) throw new IllegalArgumentException("a given ratio needs an interval");
    }

    public static Ratio none(String why) {
        return new Ratio(Double.NaN, Double.NaN, Double.NaN, why);
    }

    public boolean given() { return note == null; }

    /**
     * @param y numerators, one per pair (e.g. outcome differences)
     * @param x denominators, one per pair (e.g. spend differences), in the same order
     * @param denominator what x is, for the reason there is no ratio ("the extra spend")
     */
    public static Ratio fieller(double[] y, double[] x, String denominator) {
        int n = y.length;
        if (n != x.length) throw new IllegalArgumentException("paired samples differ in length");
        if (n < 2) return none(Difference.TOO_FEW_RUNS);
        double my = StatUtils.mean(y);
        double mx = StatUtils.mean(x);
        if (mx == 0 && StatUtils.variance(x) == 0) return none(denominator + " is 0 in every run");
        double vyy = StatUtils.variance(y) / n;
        double vxx = StatUtils.variance(x) / n;
        double vxy = new Covariance().covariance(y, x, true) / n;
        double t2 = Math.pow(Sample.tQuantile(n - 1), 2);
        double a = mx * mx - t2 * vxx;
        if (!(a > 0)) return none("the 95% CI of " + denominator + " includes 0");
        double b = my * mx - t2 * vxy;
        double c = my * my - t2 * vyy;
        double root = Math.sqrt(Math.max(0, b * b - a * c));
        return new Ratio(my / mx, (b - root) / a, (b + root) / a, null);
    }
}
