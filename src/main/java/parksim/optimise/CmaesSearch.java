package parksim.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import parksim.calibrate.Convergence;
import parksim.calibrate.MasonRandom;

/**
 * CMA-ES from commons-math3 on the unit cube, as {@code calibrate} runs it (its random stream, step size and stopping
 * rules), but evaluating a whole generation as one batch. commons-math asks for one point at a time and has no
 * ask-and-tell interface; it does draw a generation's λ points before it uses any of their values. So the optimiser is
 * run from the start, answering the points already evaluated from the record and collecting the next generation's
 * points unanswered; when the generation is collected it is stopped, the batch is evaluated, and it is run again from
 * the start. The points it asks for depend only on the values it was told, so each run repeats the last and goes one
 * generation further; the record of evaluated points is also how a killed search resumes.
 */
public final class CmaesSearch {
    private static final double SIGMA = 0.3;

    /** Evaluates a batch of unit-cube points; lower is better. */
    @FunctionalInterface
    public interface BatchObjective {
        double[] evaluate(List<double[]> points);
    }

    /** Every point evaluated, in order, with its value, and why the optimiser stopped. */
    public record Result(List<double[]> points, List<Double> values, Convergence.Stop stop) {
        public int best() {
            int b = 0;
            for (int i = 1; i < values.size(); i++) if (values.get(i) < values.get(b)) b = i;
            return b;
        }
    }

    /** Thrown to stop the optimiser once a generation's points are collected. */
    private static final class Collected extends RuntimeException {
        Collected() { super(null, null, false, false); }
    }

    private CmaesSearch() {}

    public static int populationSize(int dimension) {
        return 4 + (int) Math.floor(3 * Math.log(dimension));
    }

    public static Result run(double[] start, long seed, int maxEvaluations, BatchObjective objective) {
        List<double[]> points = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        while (true) {
            List<double[]> pending = new ArrayList<>();
            Convergence.Stop stop;
            try {
                stop = attempt(start, seed, maxEvaluations, points, values, pending);
            } catch (Collected c) {
                record(objective, pending, points, values);
                continue;
            }
            if (!pending.isEmpty()) record(objective, pending, points, values);
            return new Result(List.copyOf(points), List.copyOf(values), stop);
        }
    }

    private static void record(BatchObjective objective, List<double[]> pending, List<double[]> points, List<Double> values) {
        double[] v = objective.evaluate(pending);
        points.addAll(pending);
        for (double x : v) values.add(x);
    }

    private static Convergence.Stop attempt(double[] start, long seed, int maxEvaluations, List<double[]> points, List<Double> values,
                                            List<double[]> pending) {
        int n = start.length;
        int lambda = populationSize(n);
        double[] lo = new double[n], hi = new double[n], sigma = new double[n];
        Arrays.fill(hi, 1);
        Arrays.fill(sigma, SIGMA);
        Convergence convergence = new Convergence(n, lambda);
        CMAESOptimizer cmaes = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new MasonRandom(seed), true, convergence);
        convergence.attach(cmaes);
        int[] calls = {0};
        try {
            cmaes.optimize(new MaxEval(maxEvaluations), GoalType.MINIMIZE, new InitialGuess(start.clone()), new SimpleBounds(lo, hi),
                    new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda), new ObjectiveFunction(u -> {
                        int index = calls[0]++;
                        if (index < points.size()) {
                            if (!Arrays.equals(points.get(index), u)) throw new IllegalStateException("CMA-ES replay diverged at evaluation " + index);
                            return values.get(index);
                        }
                        pending.add(u.clone());
                        // commons-math evaluates the starting point alone, then λ points a generation.
                        if (pending.size() == (index == 0 ? 1 : lambda)) throw new Collected();
                        return 0;
                    }));
        } catch (TooManyEvaluationsException e) {
            return Convergence.Stop.EVALUATION_LIMIT;
        }
        if (convergence.stop() != null) return convergence.stop();
        return calls[0] >= maxEvaluations ? Convergence.Stop.EVALUATION_LIMIT : Convergence.Stop.OPTIMISER;
    }
}
