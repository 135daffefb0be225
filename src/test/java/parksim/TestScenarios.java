package parksim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import parksim.model.ParkSimulation;
import parksim.scenario.LoadedScenario;
import parksim.scenario.Scenario;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.ScenarioPaths;
import parksim.scenario.StrictJson;

/** Bundled scenarios, and variations of them made by changing values at scenario paths. */
public final class TestScenarios {
    public static final String[] BUNDLED = {"yanji-hindcast", "yanji-projection", "jinan-lishan", "anji", "chengdu-tianfu", "china-cell-parks"};

    private TestScenarios() {}

    public static Path file(String name) {
        return Path.of("scenarios", name + ".json");
    }

    public static LoadedScenario load(String name) {
        return ScenarioLoader.load(file(name));
    }

    /** The scenario's plain tree (base merged, provenance removed), to change and bind. */
    public static ObjectNode tree(String name) {
        return load(name).tree().deepCopy();
    }

    /** {@code name} with each {@code path, value} pair set. */
    public static Scenario with(String name, Object... pathsAndValues) {
        ObjectNode tree = tree(name);
        for (int i = 0; i < pathsAndValues.length; i += 2) set(tree, (String) pathsAndValues[i], pathsAndValues[i + 1]);
        return ScenarioLoader.bind(tree, name);
    }

    public static void set(ObjectNode tree, String path, Object value) {
        JsonNode node = StrictJson.mapper().valueToTree(value);
        ScenarioPaths.set(tree, path, node, "test", path);
    }

    /** A started simulation of the scenario, not yet stepped. */
    public static ParkSimulation started(Scenario scenario) {
        ParkSimulation sim = new ParkSimulation(scenario);
        sim.start();
        return sim;
    }

    public static ParkSimulation ranToEnd(Scenario scenario) {
        ParkSimulation sim = started(scenario);
        sim.runToEnd();
        sim.finish();
        return sim;
    }
}
