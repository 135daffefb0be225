package parksim.calibrate;

import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.ConvergenceChecker;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;

/**
 * When CMA-ES has converged, and why. commons-math's own criteria (1e-11 steps, 1e-12 fitness
 * differences) never trigger on a simulation's objective, so this stops it earlier and says why:
 * <ul>
 * <li>the step size σ·max√λ(C) fell below {@link #TOLERANCE_STEP} of every parameter's range (the search
 * space is the unit cube of the bounds);</li>
 * <li>stagnation: the best objective has not improved by more than 0.1 % for
 * {@code 10 + ⌈30 n / λ⌉} generations (Hansen's stagnation window, shortened for small budgets).</li>
 * </ul>
 * The step size is read from the optimiser's statistics, which lag one generation behind.
 */
public final class Convergence implements ConvergenceChecker<PointValuePair> {
    static final double TOLERANCE_STEP = 1e-3;
    static final double TOLERANCE_IMPROVEMENT = 1e-3;

    /** Why the optimiser stopped. */
    public enum Stop {
        STEP_SIZE("converged: the step size fell below 0.1 % of every parameter's range"),
        STAGNATION("converged: the best objective stopped improving (by more than 0.1 %) for the stagnation window"),
        OPTIMISER("converged by commons-math's own criteria (flat objective or ill-conditioned covariance)"),
        EVALUATION_LIMIT("not converged: stopped at the evaluation limit");

        private final String text;

        Stop(String text) { this.text = text; }

        public String text() { return text; }

        public boolean converged() { return this != EVALUATION_LIMIT; }
    }

    private final int window;
    private CMAESOptimizer optimizer;
    private double best = Double.POSITIVE_INFINITY;
    private int lastImprovement;
    private Stop stop;

    public Convergence(int dimension, int lambda) {
        this.window = 10 + (int) Math.ceil(30.0 * dimension / lambda);
    }

    public void attach(CMAESOptimizer o) { this.optimizer = o; }

    int window() { return window; }

    public Stop stop() { return stop; }

    @Override
    public boolean converged(int iteration, PointValuePair previous, PointValuePair current) {
        double v = current.getValue();
        if (v < best - TOLERANCE_IMPROVEMENT * Math.abs(best)) {
            best = v;
            lastImprovement = iteration;
        }
        if (stepSize() < TOLERANCE_STEP) {
            stop = Stop.STEP_SIZE;
            return true;
        }
        if (iteration - lastImprovement >= window) {
            stop = Stop.STAGNATION;
            return true;
        }
        return false;
    }

    /** σ times the largest standard deviation of the search distribution, in units of the parameters' ranges (NaN before the first generation). */
    public double stepSize() {
        List<Double> sigma = optimizer.getStatisticsSigmaHistory();
        List<RealMatrix> d = optimizer.getStatisticsDHistory();
        if (sigma.isEmpty() || d.isEmpty()) return Double.NaN;
        double max = 0;
        for (double x : d.get(d.size() - 1).getRow(0)) max = Math.max(max, x / 1e5); // the statistics store D × 1e5
        return sigma.get(sigma.size() - 1) * max;
    }
}
