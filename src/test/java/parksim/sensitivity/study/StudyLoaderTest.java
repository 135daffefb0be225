package parksim.sensitivity.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.experiment.Variant;
import parksim.scenario.ScenarioPaths;
import parksim.scenario.StrictJson;

class StudyLoaderTest {
    @TempDir
    Path dir;

    @Test
    void theBundledStudyCoversTheYanjiAssumptionsAndHeadlineOutputs() {
        SensitivityStudy s = StudyLoader.load(Path.of("scenarios/experiments/sensitivity-yanji.json"), Method.SOBOL, 2, false);
        assertTrue(s.inputs().size() >= 10, "at least 10 assumptions");
        assertEquals(2 * (s.inputs().size() + 2), s.points(), "Saltelli design: N (k + 2) points");
        assertEquals(s.points(), s.experiment().variants().size(), "one variant per design point");
        Set<String> labels = java.util.stream.IntStream.range(0, s.outputs().size()).mapToObj(s::outputLabel).collect(Collectors.toSet());
        assertTrue(labels.containsAll(Set.of("tenants_open@2027-12", "tenants_open@2030-12", "output_12m_cny@2027-12", "output_12m_cny@2030-12",
                "target_Y7_value", "target_Y7_met")), labels.toString());
        assertEquals("year-end", s.experiment().recording().json(), "the outputs are Decembers: year-end rows suffice");
    }

    @Test
    void everyDesignPointSetsItsValuesInItsScenario() throws IOException {
        Path file = dir.resolve("s.json");
        String scenario = Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString();
        Files.writeString(file, """
                {"name": "s", "scenario": "%s", "replications": 2, "seed": 1, "samples": 8,
                 "inputs": [{"path": "parks[yanji].rentPerM2", "distribution": "triangular", "min": 15, "mode": 25, "max": 35},
                            {"path": "model.pipeline.moveInLagMonths", "min": 2, "max": 12, "integer": true},
                            {"path": "market.segments.*.demandGrowth", "distribution": "normal", "mean": 0.1, "sd": 0.02}],
                 "outputs": [{"metric": "tenants_open", "date": "2026-06"}]}
                """.formatted(scenario));
        SensitivityStudy s = StudyLoader.load(file, Method.MORRIS, null, false);
        assertEquals(8 * 4, s.points());
        assertEquals("month", s.experiment().recording().json(), "a June output needs monthly rows");
        for (int p = 0; p < s.points(); p++) {
            Variant v = s.experiment().variants().get(p);
            var tree = StrictJson.mapper().valueToTree(v.scenario());
            double rent = v.scenario().parks().get(0).rentPerM2();
            assertTrue(rent >= 15 && rent <= 35, "rent " + rent);
            assertEquals(Double.parseDouble(v.factorValues().get("parks[yanji].rentPerM2")), rent, 1e-9);
            int lag = v.scenario().model().pipeline().moveInLagMonths();
            assertEquals(lag, Integer.parseInt(v.factorValues().get("model.pipeline.moveInLagMonths")));
            assertEquals((lag - 2) / 10.0, s.unit()[p][1], 1e-12, "an integer input's unit coordinate is where its rounded value lies");
            Set<Double> growth = ScenarioPaths.getAll(tree, "market.segments.*.demandGrowth").stream().map(n -> n.asDouble()).collect(Collectors.toSet());
            assertEquals(1, growth.size(), "a * path sets every match to the same value");
        }
        assertNotEquals(s.experiment().fingerprint(), StudyLoader.load(file, Method.MORRIS, 16, false).experiment().fingerprint(), "another design, another folder");
    }
}
