package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A bad sensitivity file gets one line naming the file, the JSON path, what was expected and what was found; exit 2; nothing runs. */
class SensitivityBadInputTest {
    @TempDir
    Path dir;

    private static final String INPUT = "{\"path\": \"parks[yanji].visibility\", \"min\": 0.03, \"max\": 0.09}";
    private static final String OUTPUT = "{\"metric\": \"tenants_open\", \"park\": \"yanji\", \"date\": \"2027-12\"}";

    private Path file(String inputs, String outputs, String extra) throws IOException {
        String scenario = Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString();
        Path f = dir.resolve("bad.json");
        Files.writeString(f, """
                {"name": "bad", "scenario": "%s", "replications": 2, "seed": 1, %s
                 "inputs": [%s], "outputs": [%s]}
                """.formatted(scenario, extra, inputs, outputs));
        return f;
    }

    private void assertRefused(Path f, String... expectedParts) {
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("sensitivity", f.toString(), "--method", "sobol", "--out", out.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        String line = r.err().strip();
        assertFalse(line.contains("\n") || line.contains("Exception"), "one line, no stack trace: " + line);
        assertTrue(line.startsWith("parksim: " + f), line);
        for (String part : expectedParts) assertTrue(line.contains(part), "'" + part + "' in: " + line);
        assertFalse(Files.exists(out), "nothing ran");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown path|{\"path\": \"parks[yanji].visibilty\", \"min\": 0.01, \"max\": 0.1}|" + OUTPUT
                    + "|inputs[0].path: expected a path to a number in the scenario, found \"parks[yanji].visibilty\", which the scenario does not have",
            "path to a text|{\"path\": \"parks[yanji].name\", \"min\": 0.01, \"max\": 0.1}|" + OUTPUT + "|inputs[0].path: expected a path to a number in the scenario",
            "min above max|{\"path\": \"parks[yanji].visibility\", \"min\": 0.1, \"max\": 0.01}|" + OUTPUT + "|inputs[0].max: expected a number > min (0.1), found 0.01",
            "unknown distribution|{\"path\": \"parks[yanji].visibility\", \"distribution\": \"beta\", \"min\": 0.01, \"max\": 0.1}|" + OUTPUT
                    + "|inputs[0].distribution: expected one of [uniform, triangular, normal], found \"beta\"",
            "mode outside the range|{\"path\": \"parks[yanji].visibility\", \"distribution\": \"triangular\", \"min\": 0.01, \"max\": 0.1, \"mode\": 0.2}|" + OUTPUT
                    + "|inputs[0].mode: expected a number within [0.01, 0.1], found 0.2",
            "unknown metric|" + INPUT + "|{\"metric\": \"tenants\", \"park\": \"yanji\", \"date\": \"2027-12\"}|outputs[0].metric: expected one of the metrics of timeseries.csv, found \"tenants\"",
            "unknown park|" + INPUT + "|{\"metric\": \"tenants_open\", \"park\": \"anji\", \"date\": \"2027-12\"}|outputs[0].park: expected one of the scenario's parks [yanji], found \"anji\"",
            "date outside the run|" + INPUT + "|{\"metric\": \"tenants_open\", \"park\": \"yanji\", \"date\": \"2031-12\"}|outputs[0].date: expected a month the run covers, 2025-03 to 2030-12, found 2031-12",
            "not a date|" + INPUT + "|{\"metric\": \"tenants_open\", \"park\": \"yanji\", \"date\": \"Dec 2027\"}|outputs[0].date: expected a month YYYY-MM, found \"Dec 2027\"",
            "year outside the run|" + INPUT + "|{\"metric\": \"tenants_open\", \"park\": \"yanji\", \"year\": 2024}|outputs[0].year: expected a year whose December the run covers",
            "unknown target|" + INPUT + "|{\"target\": \"Y9\"}|outputs[0].target: expected one of the scenario's targets [Y7], found \"Y9\"",
            "two inputs of one name|{\"name\": \"v\", \"path\": \"parks[yanji].visibility\", \"min\": 0.03, \"max\": 0.09}, {\"name\": \"v\", \"path\": \"parks[yanji].budget\", \"min\": 1e8, \"max\": 2e8}|"
                    + OUTPUT + "|inputs[1].name: expected a name no other input has, found \"v\"",
            "one number through two paths|" + INPUT + ", {\"path\": \"parks[0].visibility\", \"min\": 0.03, \"max\": 0.09}|" + OUTPUT
                    + "|inputs[1].path: expected a number no other input sets, found \"parks[0].visibility\", which sets parks[0].visibility as \"parks[yanji].visibility\" does",
            "one number through a wildcard|" + INPUT + ", {\"path\": \"parks[*].visibility\", \"min\": 0.03, \"max\": 0.09}|" + OUTPUT
                    + "|inputs[1].path: expected a number no other input sets",
            "integer range without whole numbers|{\"path\": \"model.pipeline.moveInLagMonths\", \"min\": 2.1, \"max\": 2.9, \"integer\": true}|" + OUTPUT
                    + "|inputs[0].integer: expected a range [min, max] holding at least two whole numbers for an integer input, found \"[2.1, 2.9]\"",
            "the same output twice|" + INPUT + "|" + OUTPUT + ", " + OUTPUT + "|outputs[1]: expected an output no other output names, found \"the same output twice\"",
            "met on a metric|" + INPUT + "|{\"metric\": \"tenants_open\", \"park\": \"yanji\", \"date\": \"2027-12\", \"met\": true}|outputs[0].met: expected \"met\" only on a target output",
            "malformed path|{\"path\": \"parks[yanji]..visibility\", \"min\": 0.03, \"max\": 0.09}|" + OUTPUT
                    + "|inputs[0].path: expected a scenario path like parks[yanji].policies.rentSubsidy.share, found \"parks[yanji]..visibility\"",
    })
    void badInputsAndOutputsAreNamed(String what, String input, String output, String message) throws IOException {
        assertRefused(file(input, output, ""), message);
    }

    @Test
    void zeroSamplesInTheFileOrOnTheCommandLine() throws IOException {
        assertRefused(file(INPUT, OUTPUT, "\"samples\": 0,"), "samples: expected a whole number >= 1, found 0");
        CliRunner r = CliRunner.run("sensitivity", file(INPUT, OUTPUT, "").toString(), "--method", "sobol", "--samples", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--samples: expected a whole number >= 1, found 0"), r.err());
    }

    @Test
    void aDesignOverTheSweepLimitIsRefusedBeforeItIsBuilt() throws IOException {
        assertRefused(file(INPUT, OUTPUT, "\"samples\": 1000000000,"),
                "samples: expected at most 1000000 runs in all", "found 1000000000 samples x 3 points per sample x 2 replication(s) = 6000000000 runs");
        Refusal.assertRefused(CliRunner.run("validate", dir.resolve("bad.json").toString()), dir.resolve("bad.json") + ": samples: ",
                "expected at most 1000000 runs in all", null);
        for (String samples : List.of("500000000", "1000000000", "2000000")) {
            Path out = dir.resolve("big");
            CliRunner r = CliRunner.run("sensitivity", file(INPUT, OUTPUT, "").toString(), "--method", "morris", "--samples", samples, "--out", out.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().startsWith("parksim: " + dir.resolve("bad.json") + ": --samples: expected at most 1000000 runs in all"), r.err());
            assertFalse(r.err().contains("Exception") || Files.exists(out), r.err());
        }
    }

    @Test
    void aFileAsOutIsRefusedBeforeAnyRun() throws IOException {
        Path f = file(INPUT, OUTPUT, "");
        Path out = dir.resolve("a-file");
        Files.writeString(out, "mine");
        CliRunner r = CliRunner.run("sensitivity", f.toString(), "--method", "morris", "--out", out.toString());
        Refusal.assertRefused(r, out + ": --out", "expected a folder for the results, found a file", null);
        assertEquals("", r.out());
        assertEquals("mine", Files.readString(out));
    }

    /** A report that cannot be written (a full disk; here a folder where morris.csv goes) is one line and exit 1; the runs are kept. */
    @Test
    void aReportThatCannotBeWrittenIsOneLineAndKeepsTheRuns() throws IOException {
        Path f = file(INPUT, "{\"metric\": \"tenants_open\", \"park\": \"yanji\", \"date\": \"2025-12\"}", "\"months\": 12, \"samples\": 2,");
        Path out = dir.resolve("out");
        assertEquals(0, CliRunner.run("sensitivity", f.toString(), "--method", "morris", "--out", out.toString(), "--no-progress").code());
        String runs = Files.readString(out.resolve("runs.csv"));
        Files.delete(out.resolve("morris.csv"));
        Files.createDirectories(out.resolve("morris.csv").resolve("in-the-way"));
        CliRunner r = CliRunner.run("sensitivity", f.toString(), "--method", "morris", "--out", out.toString(), "--no-progress");
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("parksim: cannot write the results to " + out + ": ") && r.err().contains("run the same command again to resume"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertEquals(runs, Files.readString(out.resolve("runs.csv")), "the runs are kept");
    }

    @Test
    void aMissingScenarioIsNamedInTheStudy() throws IOException {
        Path f = file(INPUT, OUTPUT, "");
        Files.writeString(f, Files.readString(f).replace(Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString(), "nowhere.json"));
        assertRefused(f, "scenario: expected a scenario file (relative to the folder of bad.json), found \"nowhere.json\", which does not exist");
    }

    @Test
    void noInputsAndAnUnknownMethod() throws IOException {
        assertRefused(file("", OUTPUT, ""), "inputs: expected");
        CliRunner r = CliRunner.run("sensitivity", file(INPUT, OUTPUT, "").toString(), "--method", "fast");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--method: expected morris or sobol, found \"fast\""), r.err());
    }

    @Test
    void aValueTheScenarioCannotHoldIsRefusedBeforeAnyRun() throws IOException {
        assertRefused(file("{\"path\": \"parks[yanji].policies.rentSubsidy.share\", \"min\": 0.5, \"max\": 1.5}", OUTPUT, ""),
                "inputs[0].max: expected a value parks[yanji].policies.rentSubsidy.share can hold: a share in [0, 1], found 1.5");
    }
}
