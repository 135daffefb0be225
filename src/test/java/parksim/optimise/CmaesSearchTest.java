package parksim.optimise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.junit.jupiter.api.Test;
import parksim.calibrate.Convergence;
import parksim.calibrate.MasonRandom;

/** Batched CMA-ES asks for exactly the points commons-math's optimiser asks for when run plainly, in the same order. */
class CmaesSearchTest {
    private static double sphere(double[] u) {
        double s = 0;
        for (int i = 0; i < u.length; i++) s += Math.pow(u[i] - 0.2 - 0.1 * i, 2);
        return s;
    }

    @Test
    void batchesAreTheGenerationsOfThePlainOptimiser() {
        double[] start = {0.5, 0.5, 0.5, 0.5};
        List<double[]> plain = new ArrayList<>();
        int n = start.length, lambda = CmaesSearch.populationSize(n);
        Convergence c = new Convergence(n, lambda);
        CMAESOptimizer cmaes = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new MasonRandom(3), true, c);
        c.attach(cmaes);
        double[] sigma = {0.3, 0.3, 0.3, 0.3};
        try {
            cmaes.optimize(new MaxEval(200), GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(new double[n], new double[] {1, 1, 1, 1}),
                    new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda), new ObjectiveFunction(u -> {
                        plain.add(u.clone());
                        return sphere(u);
                    }));
        } catch (org.apache.commons.math3.exception.TooManyEvaluationsException ignored) {
            // the limit ends both the same way
        }
        List<Integer> sizes = new ArrayList<>();
        CmaesSearch.Result r = CmaesSearch.run(start, 3, 200, points -> {
            sizes.add(points.size());
            return points.stream().mapToDouble(CmaesSearchTest::sphere).toArray();
        });
        assertEquals(plain.size(), r.points().size());
        for (int i = 0; i < plain.size(); i++) assertArrayEquals(plain.get(i), r.points().get(i), 0.0, "point " + i);
        assertEquals(1, sizes.get(0), "the starting point alone");
        assertTrue(sizes.subList(1, sizes.size() - 1).stream().allMatch(s -> s == lambda), "then whole generations: " + sizes);
        assertTrue(r.values().get(r.best()) < 1e-3, "finds the minimum: " + r.values().get(r.best()));
    }
}
