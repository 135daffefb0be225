package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.TestScenarios;
import parksim.core.Metric;
import parksim.experiment.RunSpec;
import parksim.experiment.SimulationRunner;
import parksim.scenario.Scenario;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.StrictJson;

/**
 * Leave-one-park-out cross-validation on synthetic data: two parks that differ in their promotion capacity and rent share
 * a visibility and a signing probability; their targets are the model's own medians at known values (seeds used by
 * neither the fits nor the predictions). Fitted on one park, the model predicts the other's figures: each held-out
 * synthetic figure falls within the predicted 90 % interval.
 */
class CrossValidateCommandTest {
    @TempDir
    Path dir;

    private static ObjectNode park(String id, int promotion, int rent) {
        ObjectNode tree = TestScenarios.tree("yanji-hindcast");
        tree.put("name", id);
        TestScenarios.set(tree, "parks[yanji].promotionCapacity", promotion);
        TestScenarios.set(tree, "parks[yanji].rentPerM2", rent);
        TestScenarios.set(tree, "parks[yanji].visibility", 0.05);
        TestScenarios.set(tree, "model.pipeline.signingProbability", 0.6);
        TestScenarios.set(tree, "parks[yanji].id", id);
        return tree;
    }

    private static double median(ObjectNode tree, Metric metric) {
        Scenario s = ScenarioLoader.bind(tree, "truth");
        double[] v = new double[40];
        for (int r = 0; r < v.length; r++) v[r] = SimulationRunner.run(new RunSpec(s, "truth", r, 5000 + r), null, null, null).lastMonths().get(0).get(metric);
        Arrays.sort(v);
        return new Median().evaluate(v);
    }

    private String targets(String id, ObjectNode tree) throws IOException {
        Path file = dir.resolve(id + ".json");
        Files.writeString(file, StrictJson.mapper().writeValueAsString(tree));
        StringBuilder sb = new StringBuilder();
        for (Metric m : List.of(Metric.CONTACTS_CUM, Metric.TENANTS_SIGNED_CUM)) {
            double v = median(tree, m);
            if (sb.length() > 0) sb.append(",\n");
            sb.append("""
                    {"id": "%1$s-%2$s", "figure": "Y5", "scenario": "%1$s.json", "park": "%1$s", "metric": "%2$s", "date": "2024-12",
                     "comparison": "equals", "value": %3$s, "tolerance": %4$s}""".formatted(id, m.column(), v, Math.max(1, v * 0.15)));
        }
        return sb.toString();
    }

    @Test
    void aHeldOutParksSyntheticFiguresFallWithinThePredictedInterval() throws IOException {
        Path targets = dir.resolve("targets.json");
        Files.writeString(targets, "{\"targets\": [" + targets("north", park("north", 50, 25)) + ",\n" + targets("south", park("south", 15, 10)) + "]}");
        Path params = dir.resolve("params.json");
        Files.writeString(params, """
                {"parameters": [
                  {"name": "visibility", "paths": ["parks[*].visibility"], "min": 0.01, "max": 0.15, "start": 0.1},
                  {"name": "signing", "paths": ["model.pipeline.signingProbability"], "min": 0.2, "max": 0.95, "start": 0.35}]}
                """);
        Path out = dir.resolve("cv");
        CliRunner r = CliRunner.run("cross-validate", targets.toString(), "--params", params.toString(), "--replications", "10",
                "--evaluations", "40", "--validation-replications", "30", "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("fits on seeds 1..10 (40 evaluations per fold), predictions on seeds 1000001..1000030"), r.out());
        List<String> rows = Files.readAllLines(out.resolve("cross-validation.csv"));
        assertEquals("held_out_park,target,figure,metric,comparison,observed,tolerance,predicted_median,predicted_p05,predicted_p95,"
                + "within_tolerance,observed_in_interval,share_within_tolerance,fold_objective,fold_converged,not_fitted", rows.get(0));
        assertEquals(5, rows.size(), "two targets of each of the two held-out parks");
        for (String row : rows.subList(1, rows.size())) {
            assertEquals("yes", row.split(",", -1)[11], "observed within the predicted 90 % interval: " + row);
        }
        assertTrue(Files.exists(out.resolve("north/evaluations.csv")) && Files.exists(out.resolve("south/evaluations.csv")), "each fold's log");
    }
}
