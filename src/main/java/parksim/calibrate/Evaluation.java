package parksim.calibrate;

import java.util.Map;

/**
 * One evaluation of the objective at a parameter point.
 *
 * @param values    the parameters' values, in the order of the parameters file
 * @param objective mean over replications of the sum of squared scaled misses
 * @param simulated target id → its simulated value in each replication
 */
public record Evaluation(double[] values, double objective, Map<String, double[]> simulated) {}
