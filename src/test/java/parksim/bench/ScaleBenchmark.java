package parksim.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.experiment.RunResult;
import parksim.experiment.RunSpec;
import parksim.experiment.SimulationRunner;
import parksim.observe.SummaryTable;
import parksim.scenario.Scenario;
import parksim.scenario.ScenarioLoader;

/**
 * How the model scales: a synthetic scenario of 200 parks and about 100,000 firms, run once.
 * Prints firms, firm-months, wall time and memory; run with {@code mvn test -Pbench}.
 */
@Tag("benchmark")
class ScaleBenchmark {
    static Scenario synthetic(int parks, double arrivalScale, int months) {
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
        return ScenarioLoader.bind(tree, "synthetic");
    }

    @Test
    void hundredThousandFirmsAcrossTwoHundredParks() {
        Scenario s = synthetic(200, 7.5, 120);
        Runtime rt = Runtime.getRuntime();
        long t0 = System.nanoTime();
        long[] rows = {0};
        RunResult r = SimulationRunner.run(new RunSpec(s, "base", 0, 1), new SummaryTable(s), m -> rows[0]++, null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        int firms = r.firmRows().size();
        System.out.printf(Locale.ROOT, "scale benchmark: %d parks, %d months, %d firms entered a pipeline, %d firm-months, %d park-month rows%n",
                s.parks().size(), s.months(), firms, r.firmMonths(), rows[0]);
        System.out.printf(Locale.ROOT, "scale benchmark: %.1f s wall, %.0f firm-months/s, heap in use after the run %d MB (max %d MB)%n",
                seconds, r.firmMonths() / seconds, usedMb, rt.maxMemory() / (1024 * 1024));
        assertTrue(firms >= 90_000, "the synthetic scenario should bring about 100,000 firms, got " + firms);
    }
}
