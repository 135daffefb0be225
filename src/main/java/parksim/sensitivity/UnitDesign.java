package parksim.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Sample points in the unit cube [0, 1)^k from a Sobol sequence of dimension 2k, whose first k
 * coordinates form matrix A and last k matrix B (Saltelli 2010). The points come base sample by base
 * sample, in the layout the estimators read:
 * <ul>
 *   <li>{@link #saltelli}: A_j, B_j, then AB_j^(i) for i = 1..k (A_j with coordinate i from B_j): n (k + 2) points; for
 *       second-order indices then also BA_j^(i) (B_j with coordinate i from A_j): n (2k + 2) points;</li>
 *   <li>{@link #radial}: A_j, then AB_j^(i) for i = 1..k: n (k + 1) points (Campolongo et al. 2011's radial
 *       design for elementary effects).</li>
 * </ul>
 * The sequence's first point (all zeros) is skipped: it is a corner, where an unbounded distribution's quantile is infinite.
 */
public final class UnitDesign {
    private UnitDesign() {}

    public static double[][] saltelli(int samples, int inputs) {
        return build(samples, inputs, true, false);
    }

    public static double[][] saltelli(int samples, int inputs, boolean secondOrder) {
        return build(samples, inputs, true, secondOrder);
    }

    public static double[][] radial(int samples, int inputs) {
        return build(samples, inputs, false, false);
    }

    public static int saltelliPointsPerSample(int inputs) { return inputs + 2; }

    public static int saltelliPointsPerSample(int inputs, boolean secondOrder) { return secondOrder ? 2 * inputs + 2 : inputs + 2; }

    public static int radialPointsPerSample(int inputs) { return inputs + 1; }

    private static double[][] build(int samples, int inputs, boolean withB, boolean secondOrder) {
        if (samples < 1) throw new IllegalArgumentException("samples must be at least 1, was " + samples);
        if (inputs < 1) throw new IllegalArgumentException("inputs must be at least 1, was " + inputs);
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * inputs);
        sobol.skipTo(1);
        int per = withB ? saltelliPointsPerSample(inputs, secondOrder) : inputs + 1;
        if ((long) samples * per > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("a design of " + (long) samples * per + " points is too large");
        double[][] points = new double[samples * per][];
        for (int j = 0; j < samples; j++) {
            double[] ab = sobol.nextVector();
            double[] a = java.util.Arrays.copyOfRange(ab, 0, inputs);
            double[] b = java.util.Arrays.copyOfRange(ab, inputs, 2 * inputs);
            int at = j * per;
            points[at++] = a;
            if (withB) points[at++] = b;
            for (int i = 0; i < inputs; i++) {
                double[] mixed = a.clone();
                mixed[i] = b[i];
                points[at++] = mixed;
            }
            for (int i = 0; secondOrder && i < inputs; i++) {
                double[] mixed = b.clone();
                mixed[i] = a[i];
                points[at++] = mixed;
            }
        }
        return points;
    }
}
