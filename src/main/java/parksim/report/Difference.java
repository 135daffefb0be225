package parksim.report;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * A variant's difference from the baseline in one metric: the difference of means with its 95 %
 * confidence interval, a t-test and a rank test of it, and an effect size.
 *
 * <p>Paired (runs matched by seed, as common random numbers make them comparable): paired t-test,
 * Wilcoxon signed-rank test, Cohen's d_z (mean difference / SD of the differences). Unpaired: Welch's
 * t-test with the Welch–Satterthwaite degrees of freedom, Mann–Whitney U, Cohen's d with the pooled SD.
 * NaN stands for "not available": fewer than two runs on a side, or no variation to test against.
 *
 * @param n      runs compared: pairs when paired, otherwise the runs of both sides
 * @param noTest why there is no test (fewer than two runs, no variation), or null
 */
public record Difference(double estimate, double ciLow, double ciHigh, boolean paired, int n,
                         double tP, double rankP, double effect, String noTest) {
    public static final String TOO_FEW_RUNS = "fewer than two runs";
    public static final String NO_VARIATION = "no variation across runs";

    public static final String PAIRED_T = "paired t";
    public static final String WELCH_T = "Welch t";
    public static final String WILCOXON = "Wilcoxon signed-rank";
    public static final String MANN_WHITNEY = "Mann-Whitney U";
    public static final String D_Z = "d_z";
    public static final String D_POOLED = "d (pooled SD)";
    public String tTest() { return paired ? PAIRED_T : WELCH_T; }

    public String rankTest() { return paired ? WILCOXON : MANN_WHITNEY; }

    public String effectKind() { return paired ? D_Z : D_POOLED; }

    /** The difference variant − baseline over runs paired by position (the same seed). */
    public static Difference paired(double[] variant, double[] baseline) {
        if (variant.length != baseline.length) throw new IllegalArgumentException("paired samples differ in length");
        int n = variant.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = variant[i] - baseline[i];
        double mean = n == 0 ? Double.NaN : StatUtils.mean(d);
        if (n < 2) return new Difference(mean, Double.NaN, Double.NaN, true, n, Double.NaN, Double.NaN, Double.NaN, TOO_FEW_RUNS);
        double sd = Math.sqrt(StatUtils.variance(d));
        double low = Double.NaN;
        double high = Double.NaN;
        double tP = Double.NaN;
        double rankP = Double.NaN;
        double effect = Double.NaN;
        if (sd > 0) {
            double half = Sample.tQuantile(n - 1) * sd / Math.sqrt(n);
            low = mean - half;
            high = mean + half;
            tP = new TTest().pairedTTest(variant, baseline);
            rankP = RankTests.wilcoxon(variant, baseline);
            effect = mean / sd;
        }
        return new Difference(mean, low, high, true, n, tP, rankP, effect, sd > 0 ? null : NO_VARIATION);
    }

    /** The difference of means variant − baseline between independent runs. */
    public static Difference unpaired(double[] variant, double[] baseline) {
        int nv = variant.length;
        int nb = baseline.length;
        double mean = nv == 0 || nb == 0 ? Double.NaN : StatUtils.mean(variant) - StatUtils.mean(baseline);
        if (nv < 2 || nb < 2) {
            return new Difference(mean, Double.NaN, Double.NaN, false, nv + nb, Double.NaN, Double.NaN, Double.NaN, TOO_FEW_RUNS);
        }
        double vv = StatUtils.variance(variant) / nv;
        double vb = StatUtils.variance(baseline) / nb;
        double se = Math.sqrt(vv + vb);
        double low = Double.NaN;
        double high = Double.NaN;
        double tP = Double.NaN;
        if (se > 0) {
            double df = (vv + vb) * (vv + vb) / (vv * vv / (nv - 1) + vb * vb / (nb - 1));
            double half = Sample.tQuantile(df) * se;
            low = mean - half;
            high = mean + half;
            tP = new TTest().tTest(variant, baseline);
        }
        double pooled = Math.sqrt(((nv - 1) * StatUtils.variance(variant) + (nb - 1) * StatUtils.variance(baseline)) / (nv + nb - 2));
        double effect = pooled > 0 ? mean / pooled : Double.NaN;
        double rankP = se > 0 ? RankTests.mannWhitney(variant, baseline) : Double.NaN;
        return new Difference(mean, low, high, false, nv + nb, tP, rankP, effect, se > 0 ? null : NO_VARIATION);
    }
}
