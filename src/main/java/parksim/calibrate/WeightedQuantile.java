package parksim.calibrate;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The quantile of a weighted sample by the inverse of its cumulative distribution: the smallest value whose
 * cumulative weight reaches {@code p} of the total. With equal weights this is R's {@code quantile(type = 1)}.
 */
public final class WeightedQuantile {
    private WeightedQuantile() {}

    public static double of(double[] values, double[] weights, double p) {
        if (values.length == 0) return Double.NaN;
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double total = 0;
        for (double w : weights) total += w;
        double target = p * total;
        double cumulative = 0;
        for (int i : order) {
            cumulative += weights[i];
            // A relative tolerance, so that p·total landing exactly on a cumulative sum is not lost to rounding.
            if (cumulative >= target * (1 - 1e-12)) return values[i];
        }
        return values[order[order.length - 1]];
    }
}
