package parksim.calibrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import parksim.report.CsvOutput;
import parksim.report.Progress;

/**
 * An approximate posterior sample by accept/reject ABC over a space-filling design refined around the optimum.
 *
 * <p>Half of the points form a Sobol design over the whole box of the parameters' bounds (the prior: uniform
 * within the bounds); the other half a Sobol design over the box of ±{@link #REFINE_HALF_WIDTH} of each range
 * around the optimum (clipped to the bounds). Each point is evaluated like a calibration point (same
 * replications and seeds) and accepted when its objective is at most ε = the number of targets, i.e. a
 * root-mean-square miss of at most one tolerance per target. If fewer than {@link #MIN_ACCEPTED} points pass,
 * ε is loosened to the objective of the {@value #MIN_ACCEPTED}-th best point, and the result says so.
 *
 * <p>As the refined half samples the neighbourhood of the optimum more densely than the prior does, each
 * accepted point is weighted by prior density / proposal density, {@code 1 / (½ + ½·1[x∈B]/vol(B))}, and the
 * weights are scaled to a mean of 1 (importance-sampling correction of the mixed design).
 */
public final class PosteriorSampler {
    public static final double REFINE_HALF_WIDTH = 0.15;
    public static final int MIN_ACCEPTED = 20;

    /**
     * @param points    every design point's evaluation, in design order
     * @param accepted  the accepted points' indices into {@code points}
     * @param weights   their importance weights (mean 1)
     * @param epsilon   the acceptance threshold on the objective
     * @param loosened  whether ε had to be loosened beyond the number of targets
     */
    public record Result(List<Evaluation> points, List<Integer> accepted, double[] weights, double epsilon, boolean loosened) {}

    private PosteriorSampler() {}

    public static Result sample(CalibrationProblem problem, double[] optimum, int size, Progress progress) {
        List<FreeParameter> params = problem.parameters();
        int n = params.size();
        double[] lo = new double[n];
        double[] hi = new double[n];
        double volume = 1;
        for (int i = 0; i < n; i++) {
            double centre = params.get(i).toUnit(optimum[i]);
            lo[i] = Math.max(0, centre - REFINE_HALF_WIDTH);
            hi[i] = Math.min(1, centre + REFINE_HALF_WIDTH);
            volume *= hi[i] - lo[i];
        }
        List<double[]> design = new ArrayList<>();
        SobolSequenceGenerator wide = new SobolSequenceGenerator(n);
        wide.skipTo(1); // the first Sobol point is the cube's corner
        SobolSequenceGenerator near = new SobolSequenceGenerator(n);
        near.skipTo(1);
        for (int k = 0; k < size; k++) {
            double[] u = k % 2 == 0 ? wide.nextVector() : near.nextVector();
            if (k % 2 == 1) for (int i = 0; i < n; i++) u[i] = lo[i] + u[i] * (hi[i] - lo[i]);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = params.get(i).fromUnit(u[i]);
            design.add(v);
        }
        List<Evaluation> points = new ArrayList<>();
        for (double[] v : design) {
            points.add(problem.evaluate(v));
            if (progress != null) progress.stepTo(points.size());
        }
        double epsilon = problem.targets().cases().size();
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) order.add(k);
        order.sort(Comparator.comparingDouble(k -> points.get(k).objective()));
        boolean loosened = false;
        int minimum = Math.min(MIN_ACCEPTED, points.size());
        if (minimum > 0 && points.get(order.get(minimum - 1)).objective() > epsilon) {
            epsilon = points.get(order.get(minimum - 1)).objective();
            loosened = true;
        }
        List<Integer> accepted = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) if (points.get(k).objective() <= epsilon) accepted.add(k);
        double[] weights = new double[accepted.size()];
        double sum = 0;
        for (int j = 0; j < weights.length; j++) {
            double[] v = points.get(accepted.get(j)).values();
            boolean inside = true;
            for (int i = 0; i < n; i++) {
                double u = params.get(i).toUnit(v[i]);
                inside &= u >= lo[i] && u <= hi[i];
            }
            weights[j] = 1 / (0.5 + (inside ? 0.5 / volume : 0));
            sum += weights[j];
        }
        for (int j = 0; j < weights.length; j++) weights[j] *= weights.length / sum;
        return new Result(points, accepted, weights, epsilon, loosened);
    }

    /** Writes the accepted draws: one column per parameter (named as in the parameters file) and {@code weight}. */
    public static void write(Path file, List<FreeParameter> params, Result r) {
        List<String> header = new ArrayList<>(params.stream().map(FreeParameter::name).toList());
        header.add(Posterior.WEIGHT);
        try (CsvOutput out = new CsvOutput(file, header)) {
            for (int j = 0; j < r.accepted().size(); j++) {
                List<String> row = new ArrayList<>();
                for (double v : r.points().get(r.accepted().get(j)).values()) row.add(Double.toString(v));
                row.add(Double.toString(r.weights()[j]));
                out.row(row);
            }
        }
    }
}
