package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import parksim.TestScenarios;
import parksim.scenario.StrictJson;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"yanji-hindcast", "yanji-projection", "jinan-lishan", "anji", "chengdu-tianfu", "china-cell-parks"})
    void bundledScenariosPassStrictValidation(String name) {
        CliRunner r = CliRunner.run("validate", "--strict", "scenarios/" + name + ".json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("valid scenario \"" + name + "\""), r.out());
        assertTrue(r.out().contains(", 0 have neither"), r.out());
    }

    @Test
    void strictModeFailsOnNumbersWithoutProvenance() throws IOException {
        Path file = dir.resolve("plain.json");
        Files.writeString(file, StrictJson.mapper().writeValueAsString(TestScenarios.tree("yanji-hindcast")));
        CliRunner lenient = CliRunner.run("validate", file.toString());
        assertEquals(0, lenient.code());
        assertTrue(lenient.out().contains("unsourced: parks[0].rentPerM2"), lenient.out());
        CliRunner strict = CliRunner.run("validate", "--strict", file.toString());
        assertEquals(2, strict.code());
        assertTrue(strict.err().contains("without a source or assumption"), strict.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            scenarios/yanji-projection.json                       | valid scenario "yanji-projection"
            scenarios/china-cell-parks.json                       | valid scenario "china-cell-parks"
            scenarios/targets.json                                | valid targets file: 17 target(s) in 4 scenario(s)
            scenarios/calibration-params.json                     | valid calibration-params file: 7 parameter(s)
            scenarios/experiments/yanji-policy-packages.json      | valid experiment "yanji-policy-packages": 7 variant(s) x 50 replication(s) = 350 runs
            scenarios/experiments/yanji-rent-x-promotion.json     | valid experiment "yanji-rent-x-promotion": 10 variant(s) (9 from the grid) x 20 replication(s) = 200 runs
            scenarios/experiments/sensitivity-yanji.json          | valid sensitivity file "sensitivity-yanji": 14 input(s), 8 output(s) of scenario "yanji-projection"
            """)
    void recognisesEachKindOfBundledFile(String file, String expected) {
        CliRunner r = CliRunner.run("validate", "--strict", file);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(file + ": " + expected), r.out());
        assertEquals("", r.err());
    }

    @Test
    void anExperimentIsCheckedVariantByVariantWithoutRunning() throws IOException {
        Path file = json("exp.json", """
                {"name": "e", "scenario": "%s", "replications": 2, "seed": 1,
                 "variants": [{"name": "ok", "set": {}}, {"name": "bad", "set": {"parks[yanji].policies.rentSubsidy.share": 1.5}}]}
                """.formatted(absolute("scenarios/yanji-projection.json")));
        CliRunner r = CliRunner.run("validate", file.toString());
        assertEquals(2, r.code());
        assertEquals("parksim: " + file + ": variant bad gives an invalid scenario: " + Path.of("scenarios/yanji-projection.json")
                + ": parks[0].policies.rentSubsidy.share: expected a share in [0, 1], found 1.5\n", r.err());
        assertFalse(Files.exists(Path.of("results", "e")), "nothing ran");
    }

    @Test
    void aTargetsFileIsCheckedCaseByCaseAgainstItsScenarios() throws IOException {
        Path file = json("targets.json", """
                {"targets": [
                  {"id": "a", "figure": "Y5", "scenario": "%1$s", "park": "yanji", "metric": "tenants_open", "date": "2024-12",
                   "comparison": "equals", "value": 4, "tolerance": 1},
                  {"id": "b", "figure": "Y5", "scenario": "%1$s", "park": "jinan", "metric": "tenants_open", "date": "2024-12",
                   "comparison": "equals", "value": 4, "tolerance": 1}]}
                """.formatted(absolute("scenarios/yanji-hindcast.json")));
        CliRunner r = CliRunner.run("validate", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("parksim: " + file + ": targets[1].park (scenario yanji-hindcast): expected"), r.err());
    }

    @Test
    void aParametersFileIsCheckedOnItsOwnAndAgainstTargets() throws IOException {
        Path file = json("params.json", """
                {"parameters": [{"name": "v", "paths": ["parks[yanji].nowhere"], "min": 0.1, "max": 0.2}]}
                """);
        CliRunner alone = CliRunner.run("validate", file.toString());
        assertEquals(0, alone.code(), alone.err());
        assertTrue(alone.out().contains("paths not checked: give --targets TARGETS.json"), alone.out());
        CliRunner against = CliRunner.run("validate", file.toString(), "--targets", "scenarios/targets.json");
        assertEquals(2, against.code());
        assertTrue(against.err().contains(file + ": parameters[0].paths[0]"), against.err());
        Path inverted = json("inverted.json", """
                {"parameters": [{"name": "v", "paths": ["parks[yanji].visibility"], "min": 0.3, "max": 0.2}]}
                """);
        CliRunner bad = CliRunner.run("validate", inverted.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("max: expected a number > min (0.3), found 0.2"), bad.err());
    }

    @Test
    void anExperimentWithoutVariantsIsStillCheckedAsAnExperiment() throws IOException {
        Path file = json("novariants.json", "{\"name\": \"e\", \"scenario\": \"%s\", \"replications\": 2, \"seed\": 1}"
                .formatted(absolute("scenarios/yanji-projection.json")));
        CliRunner r = CliRunner.run("validate", file.toString());
        assertEquals(2, r.code());
        assertEquals("parksim: " + file + ": variants: expected at least one variant, or a grid, found \"neither\"\n", r.err());
    }

    @Test
    void aFileOfNoKnownKindIsNamedAsSuch() throws IOException {
        Path file = json("other.json", "{\"rows\": [1, 2]}");
        CliRunner r = CliRunner.run("validate", file.toString());
        assertEquals(2, r.code());
        assertEquals("parksim: " + file + ": expected a scenario, experiment, targets or calibration-params file (optimisation: "
                + "\"scenario\" and \"levers\"; sensitivity: "
                + "\"scenario\" and \"inputs\"; experiment: \"scenario\"; calibration-params: \"parameters\"; targets: \"targets\" without "
                + "\"parks\" or \"base\"; scenario: \"parks\", \"base\" or another scenario field), found the fields [rows]\n", r.err());
    }

    private Path json(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static String absolute(String path) {
        return Path.of(path).toAbsolutePath().toString().replace("\\", "/");
    }
}
