package parksim.core;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Quantiles with the estimator that R ({@code quantile}'s default, type 7), numpy's default and Excel's
 * PERCENTILE.INC use: linear interpolation between order statistics at h = (n − 1)p. commons-math3's own
 * default ("legacy") estimator matches none of them, so every quantile the reports show comes from here.
 */
public final class Quantiles {
    private Quantiles() {}

    /** The {@code percent}-th percentile (0–100) of the values; NaN for none. */
    public static double r7(double[] values, double percent) {
        if (values.length == 0) return Double.NaN;
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(values, percent);
    }

    /** The same, of the values held by a {@link DescriptiveStatistics}. */
    public static double r7(DescriptiveStatistics stats, double percent) {
        return r7(stats.getValues(), percent);
    }
}
