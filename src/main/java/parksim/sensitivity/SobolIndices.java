package parksim.sensitivity;

import java.util.List;

/**
 * First-order and total Sobol indices from model outputs on a {@link UnitDesign#saltelli} design:
 * S1 by Saltelli et al. (2010), ST by Jansen (1999), both over the variance of the A and B outputs
 * together, with percentile bootstrap intervals over the base samples (as SALib's {@code sobol.analyze}).
 * S1's f(B) is centred on the outputs' mean: the expectation is the same (f(AB) - f(A) has mean zero), but
 * the variance no longer grows with the output's mean, which matters for a noisy model.
 *
 * @param first    S1 of each input
 * @param total    ST of each input
 * @param variance the outputs' variance the indices divide
 */
public record SobolIndices(List<Estimate> first, List<Estimate> total, double variance) {

    /** @param outputs the model's output at each point of the design, in its order */
    public static SobolIndices estimate(double[] outputs, int samples, int inputs, int resamples, long seed) {
        int per = UnitDesign.saltelliPointsPerSample(inputs);
        if (outputs.length != samples * per) {
            throw new IllegalArgumentException("expected " + samples * per + " outputs, found " + outputs.length);
        }
        Estimate[] e = Bootstrap.percentile(samples, resamples, seed, rows -> indices(outputs, rows, inputs));
        double[] all = indices(outputs, allRows(samples), inputs);
        return new SobolIndices(List.of(java.util.Arrays.copyOfRange(e, 0, inputs)),
                List.of(java.util.Arrays.copyOfRange(e, inputs, 2 * inputs)), all[2 * inputs]);
    }

    private static int[] allRows(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) rows[i] = i;
        return rows;
    }

    /** S1 of each input, then ST of each, then the variance. */
    private static double[] indices(double[] f, int[] rows, int k) {
        int per = k + 2;
        double sum = 0, sumSq = 0;
        for (int j : rows) {
            double a = f[j * per], b = f[j * per + 1];
            sum += a + b;
            sumSq += a * a + b * b;
        }
        int m = 2 * rows.length;
        double mean = sum / m;
        double variance = sumSq / m - mean * mean;
        double[] out = new double[2 * k + 1];
        for (int i = 0; i < k; i++) {
            double first = 0, total = 0;
            for (int j : rows) {
                double a = f[j * per], b = f[j * per + 1], ab = f[j * per + 2 + i];
                first += (b - mean) * (ab - a);
                total += (a - ab) * (a - ab);
            }
            out[i] = variance > 0 ? first / rows.length / variance : Double.NaN;
            out[k + i] = variance > 0 ? total / (2.0 * rows.length) / variance : Double.NaN;
        }
        out[2 * k] = variance;
        return out;
    }
}
