package parksim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.core.Metric;

class CalibratorTest {
    @TempDir
    Path dir;

    private static final double TRUE_VISIBILITY = 0.05;
    private static final double TRUE_SIGNING = 0.6;

    private Path targets(double contacts, double signed) throws IOException {
        CalibrationFixtures.writeTree(dir, "synthetic.json", CalibrationFixtures.yanji(TRUE_VISIBILITY, TRUE_SIGNING));
        return CalibrationFixtures.write(dir, "targets.json", """
                {"targets": [
                  {"id": "contacts", "figure": "Y5", "scenario": "synthetic.json", "park": "yanji", "metric": "contacts_cum",
                   "date": "2024-12", "comparison": "equals", "value": %s, "tolerance": %s},
                  {"id": "signed", "figure": "Y5", "scenario": "synthetic.json", "park": "yanji", "metric": "tenants_signed_cum",
                   "date": "2024-12", "comparison": "equals", "value": %s, "tolerance": %s}]}
                """.formatted(contacts, contacts * 0.1, signed, signed * 0.1));
    }

    private Path params() throws IOException {
        return CalibrationFixtures.write(dir, "params.json", """
                {"parameters": [
                  {"name": "visibility", "paths": ["parks[yanji].visibility"], "min": 0.01, "max": 0.15, "start": 0.12},
                  {"name": "signing", "paths": ["model.pipeline.signingProbability"], "min": 0.2, "max": 0.95, "start": 0.3}]}
                """);
    }

    /**
     * Identifiability: targets made by the model itself with known parameters (on other seeds than the
     * calibration uses) are recovered: visibility within ±0.015 of 0.05 and signing probability within
     * ±0.12 of 0.6.
     */
    @Test
    void recoversKnownParametersFromTargetsTheModelMade() throws IOException {
        ObjectNode truth = CalibrationFixtures.yanji(TRUE_VISIBILITY, TRUE_SIGNING);
        double contacts = CalibrationFixtures.median(truth, Metric.CONTACTS_CUM, 60, 10_000);
        double signed = CalibrationFixtures.median(truth, Metric.TENANTS_SIGNED_CUM, 60, 10_000);
        TargetSet targets = TargetSet.load(targets(contacts, signed));
        ParameterSet params = ParameterSet.load(params(), targets);
        Calibrator.Result r;
        try (CalibrationProblem problem = new CalibrationProblem(targets, params.parameters(), 30, 1, 2)) {
            r = new Calibrator(problem, dir.resolve("out"), "t", "p").run(90, null);
        }
        double visibility = r.best().values()[0];
        double signing = r.best().values()[1];
        assertEquals(TRUE_VISIBILITY, visibility, 0.015, "visibility");
        assertEquals(TRUE_SIGNING, signing, 0.12, "signing probability");
        assertEquals(90, r.evaluations());
        assertTrue(Files.readString(dir.resolve("out/fitted-parameters.json")).contains("\"final\" : true"));
        assertEquals(91, Files.readAllLines(dir.resolve("out/evaluations.csv")).size());
    }

    @Test
    void aStoppedCalibrationContinuesFromItsBestPoint() throws IOException {
        TargetSet targets = TargetSet.load(targets(40, 20));
        ParameterSet params = ParameterSet.load(params(), targets);
        Path out = dir.resolve("out");
        try (CalibrationProblem problem = new CalibrationProblem(targets, params.parameters(), 5, 1, 2)) {
            new Calibrator(problem, out, "t", "p").run(8, null);
        }
        double bestAfterFirst = bestObjective(out);
        Calibrator.Result second;
        try (CalibrationProblem problem = new CalibrationProblem(targets, params.parameters(), 5, 1, 2)) {
            second = new Calibrator(problem, out, "t", "p").run(14, null);
        }
        assertEquals(8, second.resumedFrom());
        assertEquals(14, second.evaluations());
        assertEquals(15, Files.readAllLines(out.resolve("evaluations.csv")).size());
        assertTrue(second.best().objective() <= bestAfterFirst + 1e-12, "never worse than the best of the first session");
    }

    private static double bestObjective(Path out) throws IOException {
        return Files.readAllLines(out.resolve("evaluations.csv")).stream().skip(1)
                .mapToDouble(l -> Double.parseDouble(l.split(",")[1])).min().orElseThrow();
    }
}
