package parksim.sensitivity;

import java.util.List;
import parksim.core.Estimate;

/**
 * Morris elementary effects on a {@link UnitDesign#radial} design: for base sample j and input i,
 * EE = (f(AB_j^(i)) - f(A_j)) / (step of input i in the unit cube), so an effect is the output's change
 * over the input's whole range. Reports mu* (mean |EE|, Campolongo et al. 2007), mu (mean EE) and
 * sigma (standard deviation of EE), each with a percentile bootstrap interval over the base samples.
 * A step of zero (an integer input that rounds to the same value) gives no effect for that sample.
 */
public record MorrisEffects(List<Estimate> muStar, List<Estimate> mu, List<Estimate> sigma) {

    /**
     * @param outputs the model's output at each point of the design, in its order
     * @param unit    each point's coordinates in the unit cube as actually run (after rounding integer inputs)
     */
    public static MorrisEffects estimate(double[] outputs, double[][] unit, int samples, int inputs, int resamples, long seed) {
        int per = UnitDesign.radialPointsPerSample(inputs);
        if (outputs.length != samples * per || unit.length != outputs.length) {
            throw new IllegalArgumentException("expected " + samples * per + " outputs and points, found " + outputs.length + " and " + unit.length);
        }
        double[][] effects = new double[samples][inputs];
        for (int j = 0; j < samples; j++) {
            int base = j * per;
            for (int i = 0; i < inputs; i++) {
                double step = unit[base + 1 + i][i] - unit[base][i];
                effects[j][i] = Math.abs(step) < 1e-12 ? Double.NaN : (outputs[base + 1 + i] - outputs[base]) / step;
            }
        }
        Estimate[] e = Bootstrap.percentile(samples, resamples, seed, rows -> statistics(effects, rows, inputs));
        return new MorrisEffects(List.of(java.util.Arrays.copyOfRange(e, 0, inputs)),
                List.of(java.util.Arrays.copyOfRange(e, inputs, 2 * inputs)), List.of(java.util.Arrays.copyOfRange(e, 2 * inputs, 3 * inputs)));
    }

    /** mu* of each input, then mu of each, then sigma of each. */
    private static double[] statistics(double[][] effects, int[] rows, int k) {
        double[] out = new double[3 * k];
        for (int i = 0; i < k; i++) {
            int n = 0;
            double sum = 0, sumAbs = 0, sumSq = 0;
            for (int j : rows) {
                double ee = effects[j][i];
                if (Double.isNaN(ee)) continue;
                n++;
                sum += ee;
                sumAbs += Math.abs(ee);
                sumSq += ee * ee;
            }
            double mean = sum / n;
            out[i] = n == 0 ? Double.NaN : sumAbs / n;
            out[k + i] = n == 0 ? Double.NaN : mean;
            out[2 * k + i] = n < 2 ? Double.NaN : Math.sqrt(Math.max(0, (sumSq - n * mean * mean) / (n - 1)));
        }
        return out;
    }
}
