package parksim.sensitivity;

/**
 * How much of the variation between design points is the model's own noise: the variance of a mean of R replications at
 * one point (the mean within-point sample variance / R) as a share of the variance of the point means, at most 1.
 * An index below it cannot be told from zero.
 */
public final class ReplicationNoise {
    private ReplicationNoise() {}

    /** @param values {@code values[point][replicate]}; NaN with one replicate, where noise cannot be measured */
    public static double share(double[][] values) {
        int points = values.length, reps = values[0].length;
        if (reps < 2 || points < 2) return Double.NaN;
        double[] means = new double[points];
        double within = 0;
        for (int p = 0; p < points; p++) {
            for (double v : values[p]) means[p] += v / reps;
            double ss = 0;
            for (double v : values[p]) ss += (v - means[p]) * (v - means[p]);
            within += ss / (reps - 1) / points;
        }
        double grand = 0;
        for (double m : means) grand += m / points;
        double between = 0;
        for (double m : means) between += (m - grand) * (m - grand) / (points - 1);
        if (between <= 0) return within > 0 ? 1 : Double.NaN;
        return Math.min(1, within / reps / between);
    }
}
