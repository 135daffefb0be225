package parksim.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * PRIM, the patient rule induction method (Friedman and Fisher 1999), as used for scenario discovery
 * (Bryant and Lempert 2010): starting from the box holding every case, repeatedly peel off the share
 * {@code alpha} of the cases in the box at the low or high end of one input, choosing the peel that
 * leaves the highest density of cases of interest, until the box would hold less than {@code minMass}
 * of all cases. Each box on the way is a point of the peeling trajectory (coverage against density).
 *
 * @param alpha   share of the box's cases removed by a peel (0.05 is usual)
 * @param minMass the smallest share of all cases a box may hold
 */
public record Prim(double alpha, double minMass) {
    public Prim {
        if (!(alpha > 0 && alpha < 0.5)) throw new IllegalArgumentException("alpha must be in (0, 0.5), was " + alpha);
        if (!(minMass > 0 && minMass < 1)) throw new IllegalArgumentException("minMass must be in (0, 1), was " + minMass);
    }

    /** A box: for each input its bounds (inclusive); inputs it does not restrict keep the data's range. */
    public record Box(double[] lower, double[] upper, int cases, int ofInterest, double coverage, double density, double mass,
                      List<Integer> restricted) {}

    /** One restriction of a box: its bounds and the quasi-p-value that it raises the density by chance. */
    public record Restriction(int input, double lower, double upper, double pValue) {}

    /** Runs the peeling; {@code x[case][input]}, {@code y[case]} marks a case of interest. Returns the trajectory, first box first. */
    public List<Box> peel(double[][] x, boolean[] y) {
        int n = x.length;
        if (n == 0 || n != y.length) throw new IllegalArgumentException("expected as many cases as labels, at least one");
        int k = x[0].length;
        double[] lo = new double[k], hi = new double[k];
        for (int i = 0; i < k; i++) {
            final int d = i;
            lo[i] = Arrays.stream(x).mapToDouble(r -> r[d]).min().orElseThrow();
            hi[i] = Arrays.stream(x).mapToDouble(r -> r[d]).max().orElseThrow();
        }
        Data data = new Data(x, y, lo.clone(), hi.clone());
        List<Box> trajectory = new ArrayList<>();
        trajectory.add(data.box(lo, hi));
        while (true) {
            Box current = trajectory.get(trajectory.size() - 1);
            if (current.density() >= 1.0) break;
            Box next = bestPeel(data, current);
            if (next == null) break;
            trajectory.add(next);
        }
        return trajectory;
    }

    private Box bestPeel(Data data, Box current) {
        Box best = null;
        for (int d = 0; d < current.lower().length; d++) {
            double[] values = data.inside(current, d);
            if (values.length == 0) continue;
            Arrays.sort(values);
            int cut = (int) Math.ceil(alpha * values.length);
            for (boolean low : new boolean[] {true, false}) {
                double[] lower = current.lower().clone(), upper = current.upper().clone();
                if (low) lower[d] = firstAbove(values, values[Math.min(cut, values.length - 1)], values[0]);
                else upper[d] = lastBelow(values, values[Math.max(values.length - 1 - cut, 0)], values[values.length - 1]);
                if (lower[d] > upper[d] || (lower[d] == current.lower()[d] && upper[d] == current.upper()[d])) continue;
                Box b = data.box(lower, upper);
                if (b.mass() < minMass || b.cases() == 0) continue;
                if (best == null || b.density() > best.density() + 1e-12
                        || (Math.abs(b.density() - best.density()) <= 1e-12 && b.cases() > best.cases())) best = b;
            }
        }
        return best;
    }

    /** The new lower bound: the quantile value, or the next value above the minimum when ties at the minimum would block the peel. */
    private static double firstAbove(double[] sorted, double quantile, double min) {
        if (quantile > min) return quantile;
        for (double v : sorted) if (v > min) return v;
        return Double.POSITIVE_INFINITY;
    }

    private static double lastBelow(double[] sorted, double quantile, double max) {
        if (quantile < max) return quantile;
        for (int i = sorted.length - 1; i >= 0; i--) if (sorted[i] < max) return sorted[i];
        return Double.NEGATIVE_INFINITY;
    }

    /**
     * Each restriction of {@code box} with its quasi-p-value (Bryant and Lempert 2010): the chance of at least the box's cases
     * of interest if its cases were drawn at random from the box without that restriction (one-sided hypergeometric test).
     */
    public List<Restriction> restrictions(double[][] x, boolean[] y, Box box) {
        Data data = new Data(x, y, null, null);
        List<Restriction> out = new ArrayList<>();
        for (int d : box.restricted()) {
            double[] lower = box.lower().clone(), upper = box.upper().clone();
            lower[d] = Double.NEGATIVE_INFINITY;
            upper[d] = Double.POSITIVE_INFINITY;
            Box wider = data.box(lower, upper);
            double p = new HypergeometricDistribution(null, wider.cases(), wider.ofInterest(), box.cases())
                    .upperCumulativeProbability(box.ofInterest());
            out.add(new Restriction(d, box.lower()[d], box.upper()[d], p));
        }
        return out;
    }

    /**
     * The box with the highest coverage whose density reaches {@code threshold} and that restricts at least one input (the
     * whole input space is no scenario, however dense), else the densest box.
     */
    public static Box choose(List<Box> trajectory, double threshold) {
        Box best = null;
        for (Box b : trajectory) {
            if (b.density() >= threshold && !b.restricted().isEmpty() && (best == null || b.coverage() > best.coverage())) best = b;
        }
        if (best != null) return best;
        for (Box b : trajectory) if (best == null || b.density() > best.density()) best = b;
        return best;
    }

    private record Data(double[][] x, boolean[] y, double[] dataLower, double[] dataUpper) {
        int total() {
            int t = 0;
            for (boolean b : y) if (b) t++;
            return t;
        }

        double[] inside(Box box, int d) {
            List<Double> v = new ArrayList<>();
            for (double[] row : x) if (contains(box.lower(), box.upper(), row)) v.add(row[d]);
            return v.stream().mapToDouble(Double::doubleValue).toArray();
        }

        Box box(double[] lower, double[] upper) {
            int cases = 0, hits = 0;
            for (int c = 0; c < x.length; c++) {
                if (!contains(lower, upper, x[c])) continue;
                cases++;
                if (y[c]) hits++;
            }
            int total = total();
            List<Integer> restricted = new ArrayList<>();
            if (dataLower != null) {
                for (int d = 0; d < lower.length; d++) if (lower[d] > dataLower[d] || upper[d] < dataUpper[d]) restricted.add(d);
            }
            return new Box(lower, upper, cases, hits, total == 0 ? 0 : hits / (double) total, cases == 0 ? 0 : hits / (double) cases,
                    cases / (double) x.length, List.copyOf(restricted));
        }

        private static boolean contains(double[] lower, double[] upper, double[] row) {
            for (int d = 0; d < row.length; d++) if (row[d] < lower[d] || row[d] > upper[d]) return false;
            return true;
        }
    }
}
