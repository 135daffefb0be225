package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad optimisation file gets one line naming the file, the JSON path, what was expected and what was found; exit 2; nothing written. */
class OptimiseBadInputTest {
    @TempDir
    Path dir;

    private static final String LEVER = "{\"path\": \"parks[yanji].policies.rentSubsidy.share\"}";
    private static final String OBJECTIVE = "{\"metric\": \"tenants_open\", \"park\": \"yanji\", \"date\": \"2030-12\"}";
    private static final String BUDGET = "{\"path\": \"parks[yanji].budget\", \"values\": [60000000, 100000000]}";

    private Path file(String lever, String objective, String budget, String extra) throws IOException {
        String scenario = Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString().replace("\\", "/");
        Path f = dir.resolve("bad.json");
        Files.writeString(f, """
                {"name": "bad", "scenario": "%s", "replications": 2, "seed": 1, %s
                 "levers": [%s], "objective": %s, "budget": %s}
                """.formatted(scenario, extra, lever, objective, budget));
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown lever path|{\"path\": \"parks[yanji].policies.rentSubsidy.shar\"}|||levers[0].path: expected a path to a number in the scenario, found \"parks[yanji].policies.rentSubsidy.shar\", which the scenario does not have",
            "lever path to a text|{\"path\": \"parks[yanji].name\", \"min\": 0, \"max\": 1}|||levers[0].path: expected a path to a number in the scenario, found \"parks[yanji].name\" holding",
            "no range for a path that is no declared lever|{\"path\": \"parks[yanji].visibility\"}|||levers[0].min: expected a number (the path is no instrument's declared lever, so its range must be given), found nothing",
            "min above max|{\"path\": \"parks[yanji].visibility\", \"min\": 0.5, \"max\": 0.1}|||levers[0].max: expected a number > min (0.5), found 0.1",
            "a range the scenario cannot hold|{\"path\": \"parks[yanji].policies.rentSubsidy.share\", \"max\": 3}|||levers[0].max: expected a value parks[yanji].policies.rentSubsidy.share can hold",
            "scaled path unknown|{\"path\": \"parks[yanji].policies.rentSubsidy.share\", \"scales\": {\"parks[yanji].policies.rentSubsidy.cost\": 5}}|||levers[0].scales[\"parks[yanji].policies.rentSubsidy.cost\"]: expected a path to a number in the scenario",
            "the budget as a lever|{\"path\": \"parks[yanji].budget\", \"min\": 1, \"max\": 2}|||levers[0].path: expected a path other than the budget's, found \"parks[yanji].budget\"",
            "unknown metric||{\"metric\": \"tenants\", \"park\": \"yanji\", \"date\": \"2030-12\"}||objective.metric: expected one of the metrics of timeseries.csv, found \"tenants\"",
            "objective in a year||{\"metric\": \"tenants_open\", \"park\": \"yanji\", \"year\": 2030}||objective: expected a metric of a park at a month",
            "unknown park||{\"metric\": \"tenants_open\", \"park\": \"anji\", \"date\": \"2030-12\"}||objective.park: expected one of the scenario's parks [yanji], found \"anji\"",
            "date outside the run||{\"metric\": \"tenants_open\", \"park\": \"yanji\", \"date\": \"2031-12\"}||objective.date: expected a month the run covers, 2025-03 to 2030-12, found 2031-12",
            "budgets out of order|||{\"path\": \"parks[yanji].budget\", \"values\": [100000000, 60000000]}|budget.values[1]: expected budgets in increasing order, found 60000000",
            "unknown budget path|||{\"path\": \"parks[yanji].budgett\", \"values\": [60000000]}|budget.path: expected a path to a number in the scenario, found \"parks[yanji].budgett\"",
            "no budget values|||{\"path\": \"parks[yanji].budget\", \"values\": []}|budget.values: expected",
    })
    void badFieldsAreNamed(String what, String lever, String objective, String budget, String message) throws IOException {
        assertRefused(file(lever == null ? LEVER : lever, objective == null ? OBJECTIVE : objective, budget == null ? BUDGET : budget, ""), message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "one evaluation|\"search\": {\"evaluations\": 1},|search.evaluations: expected a whole number >= 2, found 1",
            "verdict on the search's seeds|\"validation\": {\"seed\": 2, \"replications\": 5},|validation.seed: expected seeds apart from",
            "odd population|\"search\": {\"population\": 7},|search.population: expected an even number (NSGA-II breeds pairs), found 7",
            "no such packages file|\"packages\": \"nowhere.json\",|packages: expected an experiment file of hand-written packages (relative to this file), found \"nowhere.json\", which does not exist",
            "robust quantile above 1|\"robustQuantile\": 1.5,|robustQuantile: expected",
            "unknown field|\"levels\": 3,|levels",
    })
    void badSettingsAreNamed(String what, String extra, String message) throws IOException {
        assertRefused(file(LEVER, OBJECTIVE, BUDGET, extra), message);
    }

    private void assertRefused(Path f, String expected) {
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("optimise", f.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        String line = r.err().strip();
        assertFalse(line.contains("\n") || line.contains("Exception"), "one line, no stack trace: " + line);
        assertTrue(line.startsWith("parksim: " + f), line);
        assertTrue(line.contains(expected), "'" + expected + "' in: " + line);
        assertFalse(Files.exists(out), "nothing written");
    }
}
