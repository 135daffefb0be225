package parksim.sensitivity.study;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import parksim.core.FieldException;
import parksim.core.Require;

/**
 * A sensitivity experiment file: a scenario, its uncertain inputs, the outputs to analyse, replications per design
 * point (the model is stochastic), a seed, and the base samples of the design (overridden by {@code --samples}).
 */
public record SensitivitySpec(String name, String description, String scenario, List<InputSpec> inputs, List<OutputSpec> outputs,
                              Integer replications, Long seed, Integer samples, Integer months) {
    public static final int DEFAULT_SAMPLES = 64;

    public SensitivitySpec {
        Require.id(name, "name");
        if (description == null) description = "";
        Require.text(scenario, "scenario");
        inputs = Require.nonEmpty(inputs, "inputs");
        outputs = Require.nonEmpty(outputs, "outputs");
        Require.count(replications, 1, "replications");
        Require.seed(seed, replications, "seed");
        if (samples == null) samples = DEFAULT_SAMPLES;
        Require.count(samples, 1, "samples");
        if (months != null) Require.count(months, 1, "months");
        Set<String> seen = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (!seen.add(inputs.get(i).path())) throw new FieldException("inputs[" + i + "].path", "a path no other input sets", inputs.get(i).path());
            if (!names.add(inputs.get(i).name())) throw new FieldException("inputs[" + i + "].name", "a name no other input has", inputs.get(i).name());
        }
        Set<String> labels = new HashSet<>();
        for (int o = 0; o < outputs.size(); o++) {
            String label = outputs.get(o).name() != null && !outputs.get(o).name().isBlank() ? outputs.get(o).name() : outputs.get(o).toString();
            if (!labels.add(label)) throw new FieldException("outputs[" + o + "]", "an output no other output names", outputs.get(o).name() != null ? outputs.get(o).name() : "the same output twice");
        }
    }
}
