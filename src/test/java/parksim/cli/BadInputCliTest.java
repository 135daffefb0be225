package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.TestScenarios;
import parksim.scenario.StrictJson;

/** Bad scenarios through the command line: one clear line, exit code 2, no stack trace, nothing that looks like a result. */
class BadInputCliTest {
    @TempDir
    Path dir;

    private Path badScenario() throws IOException {
        ObjectNode tree = TestScenarios.tree("yanji-hindcast");
        TestScenarios.set(tree, "parks[0].policies.rentSubsidy.share", 1.5);
        Path file = dir.resolve("bad.json");
        Files.writeString(file, StrictJson.mapper().writeValueAsString(tree));
        return file;
    }

    @Test
    void runRefusesABadScenarioAndLeavesNoResultFolder() throws IOException {
        Path file = badScenario();
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("run", file.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals("parksim: " + file + ": parks[0].policies.rentSubsidy.share: expected a share in [0, 1], found 1.5\n", r.err());
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "only the bad scenario: no staging folder left behind");
        }
    }

    @Test
    void validateReportsTheSameError() throws IOException {
        Path file = badScenario();
        CliRunner r = CliRunner.run("validate", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("parks[0].policies.rentSubsidy.share: expected a share in [0, 1], found 1.5"));
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void brokenJsonAndMissingFilesAreBadInputToo() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"name\": ");
        CliRunner r = CliRunner.run("run", broken.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("parksim: " + broken + ": line 1, column"), r.err());
        CliRunner missing = CliRunner.run("validate", dir.resolve("nothing.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nothing.json: no such file"));
    }
}
