package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * check-results on folders it cannot read (exit 2, the file, line and column) and on a sweep recorded at year ends, whose
 * rows allow fewer identities than a monthly record: those it checks, without false breaks.
 */
class CheckResultsBadInputTest {
    @TempDir
    static Path shared;
    static Path run;
    static Path yearEnds;

    @TempDir
    Path dir;

    @BeforeAll
    static void folders() throws IOException {
        run = shared.resolve("run");
        assertEquals(0, CliRunner.run("run", "scenarios/yanji-projection.json", "--months", "14", "--replications", "2", "--out", run.toString(),
                "--no-progress").code());
        String scenario = Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString();
        Path exp = shared.resolve("year-ends.json");
        Files.writeString(exp, """
                {"name": "year-ends", "scenario": "%s", "replications": 2, "seed": 5, "months": 30, "record": "year-end", "firms": true,
                 "variants": [], "grid": {"name": "g", "factors": {"parks[yanji].policies.rentSubsidy.share": [0.2, 0.8]}}}
                """.formatted(scenario));
        yearEnds = shared.resolve("year-ends");
        assertEquals(0, CliRunner.run("sweep", exp.toString(), "--out", yearEnds.toString(), "--no-progress").code());
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("an unknown final stage", "firms.csv", Refusal.cell(2, "final_stage", "dormant"),
                        "line 2, column " + (parksim.observe.FirmTable.HEADER.indexOf("final_stage") + 1) + " (final_stage): expected one of the stages [prospect, negotiating, signed, fitting_out, trial, operating, declined, withdrawn, exited], found \"dormant\""),
                Arguments.of("no final_stage column", "firms.csv", Refusal.dropColumn("final_stage"),
                        "line 1 (header): expected a column \"final_stage\""),
                Arguments.of("a month that is not one", "timeseries.csv", Refusal.cell(3, "date", "2025-13"), "line 3, column 6 (date): expected a month"),
                Arguments.of("text for a number", "timeseries.csv", Refusal.cell(4, "employment", "many"), "(employment): expected a number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void aFolderThatCannotBeReadIsRefused(String name, String file, UnaryOperator<List<String>> change, String message) throws IOException {
        Path folder = Refusal.copy(run, dir.resolve("run"));
        Refusal.edit(folder.resolve(file), change);
        Refusal.assertRefused(CliRunner.run("check-results", folder.toString()), folder.resolve(file) + ": ", message, null);
    }

    @Test
    void aNegativeShowIsRefused() {
        Refusal.assertRefused(CliRunner.run("check-results", run.toString(), "--show", "-1"), "--show", "expected a whole number >= 0, found -1", null);
    }

    @Test
    void aFinalStageTheDatesContradictIsABrokenIdentity() throws IOException {
        Path folder = Refusal.copy(run, dir.resolve("run"));
        List<String> lines = Files.readAllLines(folder.resolve("firms.csv"));
        int c = List.of(lines.get(0).split(",", -1)).indexOf("final_stage");
        String stage = lines.get(1).split(",", -1)[c];
        Refusal.edit(folder.resolve("firms.csv"), Refusal.cell(2, "final_stage", stage.equals("declined") ? "operating" : "declined"));
        CliRunner r = CliRunner.run("check-results", folder.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("firms.csv:2 (") && r.out().contains("final_stage = the stage by its dates at 2026-04: expected " + stage), r.out());
    }

    @Test
    void aYearEndSweepHoldsEveryIdentityItsRowsAllow() {
        CliRunner r = CliRunner.run("check-results", yearEnds.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("every identity holds"), r.out());
    }

    @Test
    void aYearEndSweepStillShowsACumulativeSpendThatFalls() throws IOException {
        Path folder = Refusal.copy(yearEnds, dir.resolve("year-ends"));
        List<String> lines = Files.readAllLines(folder.resolve("timeseries.csv"));
        int c = List.of(lines.get(0).split(",", -1)).indexOf("spend_cum_cny");
        long first = Long.parseLong(lines.get(1).split(",", -1)[c]);
        Refusal.edit(folder.resolve("timeseries.csv"), Refusal.cell(3, "spend_cum_cny", Long.toString(first - 5)));
        CliRunner r = CliRunner.run("check-results", folder.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("timeseries.csv:3 (g-1-r000/yanji, 2026-12): spend_cum_cny >= the previous recorded row's + spend_cny"), r.out());
    }
}
