package parksim.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
     * ±0.12 of 0.6; and the approximate posterior's 90 % ranges cover both true values.
     */
    @Test
    void recoversKnownParametersFromTargetsTheModelMade() throws IOException {
        ObjectNode truth = CalibrationFixtures.yanji(TRUE_VISIBILITY, TRUE_SIGNING);
        double contacts = CalibrationFixtures.median(truth, Metric.CONTACTS_CUM, 60, 10_000);
        double signed = CalibrationFixtures.median(truth, Metric.TENANTS_SIGNED_CUM, 60, 10_000);
        TargetSet targets = TargetSet.load(targets(contacts, signed));
        ParameterSet params = ParameterSet.load(params(), targets);
        Calibrator.Result r;
        PosteriorSampler.Result posterior;
        try (CalibrationProblem problem = new CalibrationProblem(targets, params.parameters(), 30, 1, 2)) {
            r = new Calibrator(problem, dir.resolve("out"), "t", "p").run(90, null);
            posterior = PosteriorSampler.sample(problem, java.util.List.of(), 80, null);
        }
        double[] known = {TRUE_VISIBILITY, TRUE_SIGNING};
        for (int i = 0; i < known.length; i++) {
            double[] draws = new double[posterior.draws().size()];
            for (int j = 0; j < draws.length; j++) draws[j] = posterior.draws().get(j).values()[i];
            double lo = WeightedQuantile.of(draws, posterior.weights(), 0.05);
            double hi = WeightedQuantile.of(draws, posterior.weights(), 0.95);
            assertTrue(lo <= known[i] && known[i] <= hi, "the posterior 90 % range [" + lo + ", " + hi + "] covers the true " + known[i]);
        }
        double visibility = r.best().values()[0];
        double signing = r.best().values()[1];
        assertEquals(TRUE_VISIBILITY, visibility, 0.015, "visibility");
        assertEquals(TRUE_SIGNING, signing, 0.12, "signing probability");
        assertEquals(90, r.evaluations());
        assertTrue(Files.readString(dir.resolve("out/fitted-parameters.json")).contains("\"final\" : true"));
        assertEquals(91, Files.readAllLines(dir.resolve("out/evaluations.csv")).size());
    }

    /**
     * A calibration stopped after 8 evaluations and resumed to 24 makes exactly the evaluations of an uninterrupted
     * one of 24 (the resumed optimiser replays the log), and ends at the same point.
     */
    @Test
    void aKilledAndResumedCalibrationEndsWhereAnUninterruptedOneWould() throws IOException {
        TargetSet targets = TargetSet.load(targets(40, 20));
        ParameterSet params = ParameterSet.load(params(), targets);
        Path whole = dir.resolve("whole");
        Path split = dir.resolve("split");
        Calibrator.Result uninterrupted;
        Calibrator.Result resumed;
        try (CalibrationProblem problem = new CalibrationProblem(targets, params.parameters(), 3, 1, 2)) {
            uninterrupted = new Calibrator(problem, whole, "t", "p").run(24, null);
            new Calibrator(problem, split, "t", "p").run(8, null);
            resumed = new Calibrator(problem, split, "t", "p").run(24, null);
        }
        assertEquals(8, resumed.resumedFrom());
        assertEquals(24, resumed.evaluations());
        assertEquals(Files.readString(whole.resolve("evaluations.csv")), Files.readString(split.resolve("evaluations.csv")));
        assertArrayEquals(uninterrupted.best().values(), resumed.best().values());
        assertEquals(uninterrupted.best().objective(), resumed.best().objective(), 0);
        assertEquals(Convergence.Stop.EVALUATION_LIMIT, resumed.stop());
    }

    /** A parameter that changes nothing (no firm lists within two years) leaves a flat objective: CMA-ES stops early, and says it converged. */
    @Test
    void aFlatObjectiveIsReportedAsConverged() throws IOException {
        TargetSet targets = TargetSet.load(targets(40, 20));
        Path flat = CalibrationFixtures.write(dir, "flat.json", """
                {"parameters": [{"name": "listing", "paths": ["model.firms.listingHazard"], "min": 0.001, "max": 0.002}]}""");
        ParameterSet params = ParameterSet.load(flat, targets);
        Calibrator.Result r;
        try (CalibrationProblem problem = new CalibrationProblem(targets, params.parameters(), 2, 1, 2)) {
            r = new Calibrator(problem, dir.resolve("flat"), "t", "p").run(500, null);
        }
        assertTrue(r.stop().converged(), r.stop().text());
        assertTrue(r.evaluations() < 500, "stopped before the limit: " + r.evaluations());
        assertEquals(r.start().objective(), r.best().objective(), 0, "nothing to improve on the starting point");
    }

    private static double bestObjective(Path out) throws IOException {
        return Files.readAllLines(out.resolve("evaluations.csv")).stream().skip(1)
                .mapToDouble(l -> Double.parseDouble(l.split(",")[1])).min().orElseThrow();
    }
}
