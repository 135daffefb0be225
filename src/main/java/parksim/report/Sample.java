package parksim.report;

import parksim.core.Quantiles;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * A metric's values over a variant's runs, described: n, mean, standard deviation, median, 5 % and
 * 95 % quantiles (R type 7, as in the end-of-run text of {@code run}), and the 95 % confidence interval of the
 * mean (Student t). NaN stands for "not available": the CI with fewer than two runs or no variation.
 */
public record Sample(int n, double mean, double sd, double median, double q05, double q95, double ciLow, double ciHigh) {
    public static final double CONFIDENCE = 0.95;

    public static Sample of(double[] values) {
        if (values.length == 0) return new Sample(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        DescriptiveStatistics s = new DescriptiveStatistics(values);
        int n = values.length;
        double mean = s.getMean();
        double sd = n < 2 ? Double.NaN : s.getStandardDeviation();
        double low = Double.NaN;
        double high = Double.NaN;
        if (n >= 2 && sd > 0) {
            double half = tQuantile(n - 1) * sd / Math.sqrt(n);
            low = mean - half;
            high = mean + half;
        }
        return new Sample(n, mean, sd, Quantiles.r7(values, 50), Quantiles.r7(values, 5), Quantiles.r7(values, 95), low, high);
    }

    /** The two-sided 95 % critical value of Student's t with {@code df} degrees of freedom. */
    static double tQuantile(double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
    }
}
