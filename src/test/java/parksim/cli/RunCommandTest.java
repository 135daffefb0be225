package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.TestScenarios;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.StrictJson;

class RunCommandTest {
    @TempDir
    Path dir;

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    @Test
    void runWritesTheFourResultFilesAndTheHeadlineFigures() throws IOException {
        Path out = dir.resolve("hindcast");
        CliRunner r = CliRunner.run("run", "scenarios/yanji-projection.json", "--months", "24", "--out", out.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("timeseries.csv", "summary.csv", "firms.csv", "run.json")) assertTrue(Files.exists(out.resolve(f)), f);
        assertEquals(1 + 24, lines(out.resolve("timeseries.csv")).size(), "one row per month of the one park");
        assertEquals(1 + 1, lines(out.resolve("summary.csv")).size());
        String header = lines(out.resolve("timeseries.csv")).get(0);
        assertTrue(header.startsWith("run_id,scenario,variant,replicate,seed,date,park,"), header);
        for (String column : List.of("tenants_signed_cum", "tenants_open", "signings", "move_ins", "exits", "occupied_m2", "lettable_m2",
                "output_cny", "output_12m_cny", "employment", "investment_cum_cny", "chain_completeness", "spend_cny", "spend_cum_cny", "tax_cny", "listed")) {
            assertTrue(header.contains("," + column), column);
        }
        assertTrue(lines(out.resolve("timeseries.csv")).get(24).contains(",2027-02,yanji,"));
        String summaryHeader = lines(out.resolve("summary.csv")).get(0);
        assertTrue(summaryHeader.contains("target_Y7_value,target_Y7_met"), summaryHeader);
        assertTrue(r.out().contains("tenants signed (cumulative)"), r.out());
        assertTrue(r.out().contains("  Y7 Kasen output"), "a target whose figure is its id is named once: " + r.out());
        assertFalse(r.out().contains("Y7 [Y7]"), r.out());
    }

    @Test
    void replicationsShowMedianAndNinetyPercentRangeAndUseConsecutiveSeeds() throws IOException {
        Path out = dir.resolve("reps");
        CliRunner r = CliRunner.run("run", "scenarios/yanji-hindcast.json", "--replications", "3", "--seed", "100", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("median of 3 runs [90 % range: 5th – 95th percentile]"), r.out());
        List<String> summary = lines(out.resolve("summary.csv"));
        assertEquals(4, summary.size());
        assertTrue(summary.get(1).startsWith("base-r000,yanji-hindcast,base,0,100,"));
        assertTrue(summary.get(3).startsWith("base-r002,yanji-hindcast,base,2,102,"));
        assertEquals(1 + 3 * 24, lines(out.resolve("timeseries.csv")).size());
    }

    @Test
    void theClosingTextUsesAnAnalystsUnitsAndNamesTheFolderFirst() {
        Path out = dir.resolve("units");
        CliRunner r = CliRunner.run("run", "scenarios/yanji-projection.json", "--replications", "4", "--out", out.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).endsWith("-> " + out), "the folder is named on the first line, before the run: " + lines.get(0));
        String number = "[0-9]{1,3}(,[0-9]{3})*";
        // Counts: whole numbers with a unit; shares: percentages; money: ¥M with one decimal, the range too.
        for (String label : List.of("tenants signed \\(cumulative\\)", "tenants open")) {
            assertLine(lines, "  " + label + " +" + number + " firms \\[" + number + " – " + number + "\\]");
        }
        assertLine(lines, "  employment +" + number + " jobs +\\[" + number + " – " + number + "\\]");
        assertLine(lines, "  chain completeness +" + number + " % +\\[" + number + " – " + number + "\\]");
        for (String label : List.of("output, last 12 months", "investment announced", "investment realised", "incentive spend, cumulative")) {
            assertLine(lines, "  " + label + " +" + number + "\\.[0-9] ¥M +\\[" + number + "\\.[0-9] – " + number + "\\.[0-9]\\]");
        }
        assertLine(lines, "  Y7 Kasen output .*: met in [0-4] of 4 runs \\([0-9]+ %\\); simulated median ¥[0-9.]+M \\[¥[0-9.]+M – ¥[0-9.]+M\\], target >= ¥100\\.0M");
    }

    private static void assertLine(List<String> lines, String regex) {
        assertTrue(lines.stream().anyMatch(l -> l.matches(regex)), "no line matches " + regex + " in\n" + String.join("\n", lines));
    }

    @Test
    void theSameScenarioAndSeedGiveByteIdenticalCsvs() throws IOException {
        for (String name : List.of("a", "b")) {
            assertEquals(0, CliRunner.run("run", "scenarios/china-cell-parks.json", "--months", "60", "--replications", "2",
                    "--out", dir.resolve(name).toString(), "--no-progress").code());
        }
        for (String f : List.of("timeseries.csv", "summary.csv", "firms.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
    }

    @Test
    void runJsonHoldsEnoughToReproduceTheRun() throws IOException {
        Path first = dir.resolve("first");
        assertEquals(0, CliRunner.run("run", "scenarios/yanji-projection.json", "--seed", "9", "--months", "30", "--out", first.toString()).code());
        JsonNode run = StrictJson.mapper().readTree(first.resolve("run.json").toFile());
        assertEquals(9, run.get("runs").get(0).get("seed").asLong());
        assertFalse(run.get("version").asText().isEmpty());
        // The resolved scenario in run.json is itself a valid scenario that reproduces the run.
        Path resolved = dir.resolve("resolved.json");
        Files.writeString(resolved, run.get("scenario").toString());
        ScenarioLoader.load(resolved);
        Path second = dir.resolve("second");
        assertEquals(0, CliRunner.run("run", resolved.toString(), "--out", second.toString()).code());
        assertArrayEquals(Files.readAllBytes(first.resolve("timeseries.csv")), Files.readAllBytes(second.resolve("timeseries.csv")));
        assertArrayEquals(Files.readAllBytes(first.resolve("firms.csv")), Files.readAllBytes(second.resolve("firms.csv")));
    }

    @Test
    void firmsCsvListsEveryFirmThatEnteredAPipelineWithItsStageDates() throws IOException {
        Path out = dir.resolve("firms");
        assertEquals(0, CliRunner.run("run", "scenarios/yanji-projection.json", "--months", "12", "--out", out.toString()).code());
        List<String> firms = lines(out.resolve("firms.csv"));
        assertTrue(firms.get(0).contains("firm_id,name,park,segment,investment_cny,investment_realised_cny,floor_m2,capacity_cny,employees,negotiating,signed,fitting_out,trial,operating"));
        String kasen = firms.stream().filter(l -> l.contains(",kasen,")).findFirst().orElseThrow();
        assertTrue(kasen.contains(",storage,"), kasen);
        assertTrue(kasen.contains(",2024-01,2024-04,2024-09,2025-01,"), "signed, moved in, trial, operating: " + kasen);
        assertTrue(firms.size() > 10, "the 9 initial tenants and the year's new contacts");
    }

    @Test
    void aDefaultResultFolderIsNamedAfterTheScenarioAndNeverReused() throws IOException {
        Path cwdResults = Path.of("results");
        Path before = null;
        try (Stream<Path> s = Files.exists(cwdResults) ? Files.list(cwdResults) : Stream.empty()) {
            before = s.filter(p -> p.getFileName().toString().startsWith("yanji-hindcast")).findAny().orElse(null);
        }
        CliRunner a = CliRunner.run("run", "scenarios/yanji-hindcast.json", "--months", "2");
        CliRunner b = CliRunner.run("run", "scenarios/yanji-hindcast.json", "--months", "2");
        assertEquals(0, a.code());
        String folderA = a.out().substring(a.out().indexOf("-> ") + 3, a.out().indexOf('\n'));
        String folderB = b.out().substring(b.out().indexOf("-> ") + 3, b.out().indexOf('\n'));
        assertTrue(folderA.startsWith("results/yanji-hindcast"), folderA);
        assertFalse(folderA.equals(folderB));
        for (String f : List.of(folderA, folderB)) {
            try (Stream<Path> files = Files.walk(Path.of(f))) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        assertTrue(before == null || Files.exists(before), "earlier results are left alone");
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRunner r = CliRunner.run("run", "scenarios/yanji-hindcast.json", "--replications", "0", "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--replications must be at least 1"), r.err());
        assertFalse(Files.exists(dir.resolve("x")));
        CliRunner unknown = CliRunner.run("run", "scenarios/yanji-hindcast.json", "--bogus");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Unknown option: '--bogus'"), unknown.err());
    }

    @Test
    void seedsMasonWouldTruncateAreRefused() {
        // MASON keeps 32 bits of a seed: 2^32 would silently run as seed 0.
        CliRunner big = CliRunner.run("run", "scenarios/yanji-hindcast.json", "--seed", "4294967296", "--out", dir.resolve("x").toString());
        assertEquals(2, big.code());
        assertTrue(big.err().contains("--seed: expected a whole number from -2147483648 to 2147483647; MASON keeps 32 bits of a seed, found 4294967296"), big.err());
        CliRunner last = CliRunner.run("run", "scenarios/yanji-hindcast.json", "--seed", "2147483647", "--replications", "2", "--out", dir.resolve("y").toString());
        assertEquals(2, last.code(), "the second replicate's seed would not fit");
        assertTrue(last.err().contains("from -2147483648 to 2147483646 (seeds seed .. seed + 1 are used)"), last.err());
        assertFalse(Files.exists(dir.resolve("x")) || Files.exists(dir.resolve("y")));
    }

    @Test
    void helpListsTheSubcommands() {
        CliRunner r = CliRunner.run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("run") && r.out().contains("validate"), r.out());
        assertTrue(TestScenarios.BUNDLED.length > 0);
    }
}
