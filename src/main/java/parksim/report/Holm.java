package parksim.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Holm's step-down correction of p-values for multiple comparisons; NaN p-values are not tests and stay NaN. */
public final class Holm {
    private Holm() {}

    public static double[] adjust(double[] p) {
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        int m = order.length;
        double running = 0;
        for (int k = 0; k < m; k++) {
            running = Math.max(running, Math.min(1.0, (m - k) * p[order[k]]));
            adjusted[order[k]] = running;
        }
        return adjusted;
    }
}
