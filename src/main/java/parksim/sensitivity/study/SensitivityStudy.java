package parksim.sensitivity.study;

import java.nio.file.Path;
import java.util.List;
import parksim.experiment.Experiment;

/**
 * A sensitivity experiment expanded into a sweep: one variant per design point (named {@code p0001} ...), each setting
 * the inputs' values at their scenario paths, run with the spec's replications. Running, resuming, sharding and merging
 * are the sweep's; the indices are computed from its result rows.
 *
 * @param unit    each design point's coordinates in the unit cube, as run (integer inputs after rounding)
 * @param outputs the outputs, with the park filled in
 * @param secondOrder whether the (Sobol) design has the points for second-order indices
 */
public record SensitivityStudy(Path file, SensitivitySpec spec, Method method, int samples, boolean secondOrder, double[][] unit,
                               List<OutputSpec> outputs, Experiment experiment) {
    public int points() { return unit.length; }

    public List<InputSpec> inputs() { return spec.inputs(); }

    public String outputLabel(int o) {
        return outputs.get(o).label(experiment.base().scenario().parks().size() > 1);
    }

    public static String pointName(int index, int points) {
        return "p" + String.format("%0" + String.valueOf(points).length() + "d", index + 1);
    }
}
