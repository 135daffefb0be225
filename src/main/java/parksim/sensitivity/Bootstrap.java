package parksim.sensitivity;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import parksim.core.Estimate;

/**
 * Percentile bootstrap over the base samples of a design: each resample draws base rows with
 * replacement and recomputes every statistic. Draws come from MASON's generator with a fixed seed,
 * so the same data give the same intervals.
 */
public final class Bootstrap {
    public static final int DEFAULT_RESAMPLES = 1000;

    private Bootstrap() {}

    /**
     * @param rows      the number of base rows
     * @param statistic the statistics of the rows whose indices it is given (duplicates allowed)
     */
    public static Estimate[] percentile(int rows, int resamples, long seed, Function<int[], double[]> statistic) {
        int[] all = new int[rows];
        Arrays.setAll(all, i -> i);
        double[] point = statistic.apply(all);
        double[][] draws = new double[point.length][resamples];
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int[] sample = new int[rows];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < rows; i++) sample[i] = random.nextInt(rows);
            double[] s = statistic.apply(sample);
            for (int j = 0; j < s.length; j++) draws[j][b] = s[j];
        }
        Estimate[] out = new Estimate[point.length];
        Percentile q = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        for (int j = 0; j < point.length; j++) {
            double[] finite = Arrays.stream(draws[j]).filter(Double::isFinite).toArray();
            out[j] = !Double.isFinite(point[j]) || finite.length == 0 ? new Estimate(point[j], Double.NaN, Double.NaN)
                    : new Estimate(point[j], q.evaluate(finite, 2.5), q.evaluate(finite, 97.5));
        }
        return out;
    }
}
