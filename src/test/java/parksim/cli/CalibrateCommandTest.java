package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.scenario.ScenarioLoader;

class CalibrateCommandTest {
    @TempDir
    Path dir;

    @Test
    void checkTargetsPrintsTheTargetsTable() {
        CliRunner r = CliRunner.run("check-targets", "scenarios/targets.json", "--replications", "5", "--out", dir.resolve("check").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("17 target(s) in 4 scenario(s), 5 replications each, seeds 1000001..1000005"), r.out());
        for (String id : new String[] {"Y5-signed", "Y5-open", "Y9-2023", "A1-projects", "A1-investment", "C2-projects", "C2-investment",
                "C4-listed", "C3-employment", "C7-equity", "J3-contacts", "bound-C3-jobs", "bound-output-per-m2", "bound-jobs-per-m2", "bound-output-per-investment", "bound-E1-output-per-firm-chengdu", "bound-E1-output-per-firm-anji"}) {
            assertTrue(r.out().contains(id), id);
        }
        assertTrue(r.out().contains("output_12m_cny/occupied_m2"), "a ratio target names both metrics: " + r.out());
        assertTrue(r.out().contains("not checked: C6: "), "figures the model cannot check yet are listed: " + r.out());
        assertTrue(Files.exists(dir.resolve("check/fit-report.csv")));
    }

    @Test
    void calibrateWritesFittedParametersReportAndCalibratedScenarios() throws IOException {
        Path params = dir.resolve("params.json");
        Files.writeString(params, """
                {"parameters": [{"name": "yanji-visibility", "paths": ["parks[yanji].visibility"], "scenarios": ["yanji-hindcast"], "min": 0.001, "max": 0.1}]}
                """);
        Path targets = dir.resolve("targets.json");
        Files.writeString(targets, """
                {"targets": [
                  {"id": "Y5-signed", "figure": "Y5", "scenario": "%1$s", "park": "yanji", "metric": "tenants_signed_cum",
                   "date": "2024-12", "comparison": "equals", "value": 9, "tolerance": 2},
                  {"id": "Y5-open", "figure": "Y5", "scenario": "%1$s", "park": "yanji", "metric": "tenants_open",
                   "date": "2024-12", "comparison": "equals", "value": 4, "tolerance": 1}]}
                """.formatted(Path.of("scenarios/yanji-hindcast.json").toAbsolutePath()));
        Path out = dir.resolve("cal");
        CliRunner r = CliRunner.run("calibrate", targets.toString(), "--params", params.toString(), "--replications", "4",
                "--evaluations", "6", "--posterior-evaluations", "16", "--out", out.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 parameter(s), 2 target(s), 4 replications on seeds 1..4; 6 evaluations"), r.out());
        assertTrue(r.out().contains("optimiser: not converged: stopped at the evaluation limit"), r.out());
        assertTrue(r.out().matches("(?s).*objective: [0-9.]+ at the starting point -> [0-9.]+ fitted.*"), r.out());
        assertTrue(r.out().contains("on fresh seeds 1000001..1000004 (validation-report.csv)"), r.out());
        var speed = java.util.regex.Pattern.compile("ran (\\d+) simulation\\(s\\) on (\\d+) thread\\(s\\) in [0-9.]+ s \\([0-9.]+ runs/s\\)\n$")
                .matcher(r.out());
        assertTrue(speed.find(), "calibrate ends with its speed: " + r.out());
        // 6 evaluations and the validation, 4 replications each, at least; the posterior and profiles add more.
        assertTrue(Integer.parseInt(speed.group(1)) >= 7 * 4, speed.group());
        for (String f : new String[] {"fitted-parameters.json", "evaluations.csv", "fit-report.csv", "validation-report.csv", "calibration.json",
                "scenarios/yanji-hindcast.json", "posterior.csv", "profiles.csv", "identifiability.csv", "profile-yanji-visibility.png"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        List<String> posterior = Files.readAllLines(out.resolve("posterior.csv"));
        assertEquals("yanji-visibility,weight", posterior.get(0));
        assertTrue(posterior.size() > 1, "at least one draw");
        assertTrue(Files.readString(out.resolve("fitted-parameters.json")).contains("\"converged\" : false"));
        var calibrated = ScenarioLoader.load(out.resolve("scenarios/yanji-hindcast.json"));
        assertTrue(calibrated.provenance().calibrated().containsKey("parks[0].visibility"), calibrated.provenance().calibrated().toString());
        assertTrue(calibrated.provenance().unsourced().isEmpty());

        CliRunner other = CliRunner.run("calibrate", "scenarios/targets.json", "--params", params.toString(), "--replications", "4", "--posterior-evaluations", "0",
                "--evaluations", "6", "--out", out.toString(), "--no-progress");
        assertEquals(2, other.code());
        assertTrue(other.err().contains("calibration.json: fingerprint: expected a calibration of the same targets"), other.err());
    }

    @Test
    void calibrationAndValidationSeedsMustNotOverlap() {
        CliRunner r = CliRunner.run("calibrate", "scenarios/targets.json", "--params", "scenarios/calibration-params.json",
                "--replications", "10", "--validation-seed", "5", "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertEquals("parksim: --validation-seed: expected seeds disjoint from the calibration's 1..10, found 5..14\n", r.err());
    }

    @Test
    void badParametersFileIsABadInputError() throws IOException {
        Path params = dir.resolve("params.json");
        Files.writeString(params, "{\"parameters\": [{\"name\": \"v\", \"paths\": [\"parks[yanji].visibility\"], \"min\": 0.5, \"max\": 0.1}]}");
        CliRunner r = CliRunner.run("calibrate", "scenarios/targets.json", "--params", params.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertEquals("parksim: " + params + ": parameters[0].max: expected a number > min (0.5), found 0.1\n", r.err());
    }
}
