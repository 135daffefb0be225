package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
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
}
