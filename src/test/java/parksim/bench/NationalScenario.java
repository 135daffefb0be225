package parksim.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import parksim.TestScenarios;
import parksim.scenario.Scenario;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.StrictJson;

/**
 * A synthetic national scenario for benchmarks: the Yanji hindcast's park copied {@code parks} times
 * across the map, with room and money for every firm, and the national flow of prospects scaled up.
 * 200 parks at 7.5 times the flow over 120 months bring about 100,000 firms into pipelines.
 *
 * <p>{@code main} writes it as a scenario file, for end-to-end timings of {@code parksim run}.
 */
public final class NationalScenario {
    public static final int PARKS = 200;
    public static final double FLOW_SCALE = 7.5;
    public static final int MONTHS = 120;

    private NationalScenario() {}

    public static ObjectNode tree(int parks, double arrivalScale, int months) {
        ObjectNode tree = TestScenarios.tree("yanji-hindcast");
        ObjectNode template = (ObjectNode) tree.get("parks").get(0);
        ArrayNode list = tree.putArray("parks");
        for (int i = 0; i < parks; i++) {
            ObjectNode p = template.deepCopy();
            p.put("id", String.format("p%03d", i));
            p.put("lat", 20 + (i % 20));
            p.put("lon", 100 + i / 20.0);
            p.put("visibility", 0.3);
            p.put("promotionCapacity", 1000);
            p.put("budget", 1e12);
            for (var b : p.get("buildings")) ((ObjectNode) b).put("floorArea", 2_000_000).put("completes", "2023-01");
            list.add(p);
        }
        tree.putArray("targets");
        tree.put("months", months);
        tree.get("market").get("segments").fields().forEachRemaining(e -> {
            ObjectNode seg = (ObjectNode) e.getValue();
            seg.put("arrivalsPerMonth", seg.get("arrivalsPerMonth").asDouble() * arrivalScale);
        });
        return tree;
    }

    public static Scenario scenario(int parks, double arrivalScale, int months) {
        return ScenarioLoader.bind(tree(parks, arrivalScale, months), "synthetic");
    }

    /** The national scenario: 200 parks, about 100,000 firms, 120 months. */
    public static Scenario national() {
        return scenario(PARKS, FLOW_SCALE, MONTHS);
    }

    /** Writes the national scenario to the file named by the first argument (run from the project folder). */
    public static void main(String[] args) throws IOException {
        ObjectNode tree = tree(PARKS, FLOW_SCALE, MONTHS);
        tree.put("name", "national-synthetic");
        tree.put("description", "synthetic benchmark scenario: " + PARKS + " copies of the Yanji hindcast's park, " + FLOW_SCALE
                + " times the national flow, " + MONTHS + " months; not a model of any real cluster");
        StrictJson.mapper().writerWithDefaultPrettyPrinter().writeValue(Path.of(args[0]).toFile(), tree);
    }
}
