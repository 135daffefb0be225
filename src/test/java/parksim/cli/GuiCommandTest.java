package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Frame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.TestScenarios;
import parksim.scenario.StrictJson;

/** {@code parksim gui} with bad input: the error {@code validate} gives, exit code 2, and no window. */
class GuiCommandTest {
    @TempDir
    Path dir;

    private static Set<Frame> frames() {
        Set<Frame> s = Collections.newSetFromMap(new IdentityHashMap<>());
        s.addAll(Arrays.asList(Frame.getFrames()));
        return s;
    }

    private CliRunner guiWithoutWindow(String... args) {
        Set<Frame> before = frames();
        CliRunner r = CliRunner.run(args);
        Set<Frame> after = frames();
        after.removeAll(before);
        assertEquals(Set.of(), after, "no window was opened");
        return r;
    }

    @Test
    void aBadScenarioGetsValidatesErrorAndNoWindow() throws IOException {
        ObjectNode tree = TestScenarios.tree("yanji-projection");
        TestScenarios.set(tree, "parks[0].policies.rentSubsidy.share", 1.5);
        Path file = dir.resolve("bad.json");
        Files.writeString(file, StrictJson.mapper().writeValueAsString(tree));

        CliRunner gui = guiWithoutWindow("gui", file.toString());
        CliRunner validate = CliRunner.run("validate", file.toString());
        assertEquals(2, gui.code());
        assertEquals(validate.err(), gui.err());
        assertEquals("parksim: " + file + ": parks[0].policies.rentSubsidy.share: expected a share in [0, 1], found 1.5\n", gui.err());
        assertFalse(gui.err().contains("\tat "), "no stack trace");
    }

    @Test
    void brokenJsonAndMissingFilesToo() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"name\": ");
        CliRunner r = guiWithoutWindow("gui", broken.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("parksim: " + broken + ": line 1, column"), r.err());
        CliRunner missing = guiWithoutWindow("gui", dir.resolve("nothing.json").toString());
        assertEquals(2, missing.code());
        assertEquals(CliRunner.run("validate", dir.resolve("nothing.json").toString()).err(), missing.err());
    }

    @Test
    void aSeedTheConsoleCannotHoldIsBadInput() {
        CliRunner r = guiWithoutWindow("gui", TestScenarios.file("yanji-projection").toString(), "--seed", "5000000000");
        assertEquals(2, r.code());
        assertEquals("parksim: --seed: expected a whole number from -2147483648 to 2147483647; MASON keeps 32 bits of a seed, found 5000000000\n", r.err());
    }

    @Test
    void helpListsTheCommand() {
        CliRunner r = CliRunner.run("help");
        assertTrue(r.out().contains("gui"), r.out());
        CliRunner help = CliRunner.run("gui", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("scenarios/yanji-projection.json"), help.out());
    }
}
