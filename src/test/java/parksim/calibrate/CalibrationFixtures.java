package parksim.calibrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import parksim.TestScenarios;
import parksim.core.Metric;
import parksim.experiment.RunSpec;
import parksim.experiment.SimulationRunner;
import parksim.observe.ParkMonth;
import parksim.scenario.Scenario;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.StrictJson;

/** Scenario, targets and parameters files for calibration tests. */
final class CalibrationFixtures {
    private CalibrationFixtures() {}

    /** The Yanji hindcast with room for many negotiations and the given visibility and signing probability. */
    static ObjectNode yanji(double visibility, double signing) {
        ObjectNode tree = TestScenarios.tree("yanji-hindcast");
        TestScenarios.set(tree, "parks[yanji].promotionCapacity", 50);
        TestScenarios.set(tree, "parks[yanji].visibility", visibility);
        TestScenarios.set(tree, "model.pipeline.signingProbability", signing);
        return tree;
    }

    static Path write(Path dir, String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    static Path writeTree(Path dir, String name, ObjectNode tree) throws IOException {
        return write(dir, name, StrictJson.mapper().writeValueAsString(tree));
    }

    /** Median over replications (seeds from {@code seed}) of a metric at the end of the scenario. */
    static double median(ObjectNode tree, Metric metric, int replications, long seed) {
        Scenario s = ScenarioLoader.bind(tree, "synthetic");
        double[] values = new double[replications];
        for (int r = 0; r < replications; r++) {
            ParkMonth last = SimulationRunner.run(new RunSpec(s, "truth", r, seed + r), null, null, null).lastMonths().get(0);
            values[r] = last.get(metric);
        }
        Arrays.sort(values);
        return new Median().evaluate(values);
    }
}
