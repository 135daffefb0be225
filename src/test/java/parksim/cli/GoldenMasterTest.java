package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import parksim.TestScenarios;

/**
 * The golden master: each bundled scenario, run twice from its own seed, must write the stored
 * {@code summary.csv} byte for byte, so that any change of behaviour shows up as a diff. When a
 * change is intended, regenerate the files and say in the commit why the numbers moved:
 * <pre>mvn -B test -Dtest=GoldenMasterTest -Dparksim.golden.update=true</pre>
 */
class GoldenMasterTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path tmp;

    static String[] bundled() { return TestScenarios.BUNDLED; }

    @ParameterizedTest
    @MethodSource("bundled")
    void theBundledScenarioWritesTheStoredSummary(String name) throws IOException {
        Path out = tmp.resolve(name);
        CliRunner run = CliRunner.run("run", TestScenarios.file(name).toString(), "--replications", "2", "--out", out.toString(),
                "--no-progress");
        assertEquals(0, run.code(), run.err());
        Path golden = GOLDEN.resolve(name + ".summary.csv");
        List<String> actual = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("parksim.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), golden + " is missing: regenerate with -Dparksim.golden.update=true");
        List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
        assertEquals(expected.get(0), actual.get(0), name + ": the summary's columns changed");
        assertEquals(expected.size(), actual.size(), name + ": a different number of summary rows");
        for (int i = 1; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                throw new AssertionError(name + ": summary row " + i + " changed: " + firstDifference(expected.get(0), expected.get(i), actual.get(i))
                        + " (if intended, regenerate with -Dparksim.golden.update=true and say why in the commit)");
            }
        }
    }

    private static String firstDifference(String header, String expected, String actual) {
        String[] h = header.split(",", -1), e = expected.split(",", -1), a = actual.split(",", -1);
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            if (!e[i].equals(a[i])) return h[i] + " was " + e[i] + ", is " + a[i];
        }
        return "the row's length";
    }
}
