package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;

/**
 * The accounting identities, asserted from the output files of every bundled scenario over several
 * seeds through the same {@code check-results} command a user runs on their own folders.
 */
class CheckResultsCommandTest {
    @TempDir
    Path tmp;

    static String[] bundled() { return TestScenarios.BUNDLED; }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyIdentityHoldsForEveryBundledScenarioOverSeveralSeeds(String name) {
        Path out = tmp.resolve(name);
        CliRunner run = CliRunner.run("run", TestScenarios.file(name).toString(), "--replications", "3", "--seed", "11",
                "--out", out.toString(), "--no-progress");
        assertEquals(0, run.code(), run.err());
        CliRunner check = CliRunner.run("check-results", out.toString());
        assertEquals(0, check.code(), check.out());
        assertTrue(check.out().contains("every identity holds"), check.out());
    }

    @Test
    void aTamperedCellIsReportedWithItsFileAndLine() throws IOException {
        Path out = tmp.resolve("y");
        assertEquals(0, CliRunner.run("run", TestScenarios.file("yanji-projection").toString(), "--out", out.toString(),
                "--no-progress").code());
        Path ts = out.resolve("timeseries.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(ts));
        List<String> header = List.of(lines.get(0).split(","));
        int signed = header.indexOf("tenants_signed_cum");
        String[] cells = lines.get(5).split(",", -1);
        cells[signed] = Integer.toString(Integer.parseInt(cells[signed]) + 1);
        lines.set(5, String.join(",", cells));
        Files.write(ts, lines);
        CliRunner check = CliRunner.run("check-results", out.toString());
        assertEquals(1, check.code(), check.out());
        assertTrue(check.out().contains("timeseries.csv:6") && check.out().contains("tenants_signed_cum = firms ever signed"), check.out());
    }

    @Test
    void aFolderWithoutResultsIsBadInput() {
        CliRunner check = CliRunner.run("check-results", tmp.toString());
        assertEquals(2, check.code());
        assertTrue(check.err().contains("timeseries.csv: no such file"), check.err());
        assertFalse(check.err().contains("Exception"), check.err());
    }
}
