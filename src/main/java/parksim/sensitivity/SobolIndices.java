package parksim.sensitivity;

import java.util.List;
import parksim.core.Estimate;

/**
 * First-order and total Sobol indices from model outputs on a {@link UnitDesign#saltelli} design:
 * S1 by Saltelli et al. (2010), ST by Jansen (1999), both over the variance of the A and B outputs
 * together, with percentile bootstrap intervals over the base samples (as SALib's {@code sobol.analyze}).
 * S1's f(B) is centred on the outputs' mean: the expectation is the same (f(AB) - f(A) has mean zero), but
 * the variance no longer grows with the output's mean, which matters for a noisy model.
 *
 * Second-order indices S2 (Saltelli 2002, as SALib), from a design with the BA points, for each pair i < j in the order
 * (0, 1), (0, 2) ... (1, 2) ...; empty without them.
 *
 * @param first    S1 of each input
 * @param total    ST of each input
 * @param second   S2 of each pair of inputs, or empty
 * @param variance the outputs' variance the indices divide
 */
public record SobolIndices(List<Estimate> first, List<Estimate> total, List<Estimate> second, double variance) {

    /** @param outputs the model's output at each point of the design, in its order */
    public static SobolIndices estimate(double[] outputs, int samples, int inputs, int resamples, long seed) {
        return estimate(outputs, samples, inputs, false, resamples, seed);
    }

    public static SobolIndices estimate(double[] outputs, int samples, int inputs, boolean secondOrder, int resamples, long seed) {
        int per = UnitDesign.saltelliPointsPerSample(inputs, secondOrder);
        if (outputs.length != samples * per) {
            throw new IllegalArgumentException("expected " + samples * per + " outputs, found " + outputs.length);
        }
        Estimate[] e = Bootstrap.percentile(samples, resamples, seed, rows -> indices(outputs, rows, inputs, per, secondOrder));
        int pairs = secondOrder ? inputs * (inputs - 1) / 2 : 0;
        return new SobolIndices(List.of(java.util.Arrays.copyOfRange(e, 0, inputs)), List.of(java.util.Arrays.copyOfRange(e, inputs, 2 * inputs)),
                List.of(java.util.Arrays.copyOfRange(e, 2 * inputs, 2 * inputs + pairs)), e[2 * inputs + pairs].value());
    }

    /** S1 of each input, then ST of each, then S2 of each pair (with the BA points), then the variance. */
    private static double[] indices(double[] f, int[] rows, int k, int per, boolean secondOrder) {
        double sum = 0, sumSq = 0;
        for (int j : rows) {
            double a = f[j * per], b = f[j * per + 1];
            sum += a + b;
            sumSq += a * a + b * b;
        }
        int m = 2 * rows.length;
        double mean = sum / m;
        double variance = sumSq / m - mean * mean;
        int pairs = secondOrder ? k * (k - 1) / 2 : 0;
        double[] out = new double[2 * k + pairs + 1];
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
        if (secondOrder) secondOrder(f, rows, k, per, mean, variance, out);
        out[2 * k + pairs] = variance;
        return out;
    }

    /** S2_ij = mean((f(BA_i) - m)(f(AB_j) - m) - (f(A) - m)(f(B) - m)) / V - S1_i - S1_j, centred like S1. */
    private static void secondOrder(double[] f, int[] rows, int k, int per, double mean, double variance, double[] out) {
        int at = 2 * k;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                double sum = 0;
                for (int r : rows) {
                    int base = r * per;
                    double a = f[base] - mean, b = f[base + 1] - mean;
                    sum += (f[base + 2 + k + i] - mean) * (f[base + 2 + j] - mean) - a * b;
                }
                out[at++] = variance > 0 ? sum / rows.length / variance - out[i] - out[j] : Double.NaN;
            }
        }
    }
}
