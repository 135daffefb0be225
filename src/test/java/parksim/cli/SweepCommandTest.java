package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.SweepFiles;

class SweepCommandTest {
    @TempDir
    Path dir;

    private Path experiment(String name, int replications, int months) throws IOException {
        return ExperimentFiles.write(dir, name, replications, 77, months, "\"parks[yanji].budget\": 2e8, \"parks[yanji].policies.rentSubsidy.share\": 0.9");
    }

    @Test
    void aSweepWritesItsFilesAndReportsEachVariant() throws IOException {
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("sweep", experiment("cli", 3, 12).toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("runs.csv", "timeseries.csv", "summary.csv", "experiment.json")) assertTrue(Files.exists(out.resolve(f)), f);
        assertTrue(r.out().contains("2 variant(s) x 3 replication(s) = 6 runs; 0 already done, ran 6 (0 failed)"), r.out());
        assertTrue(r.out().contains("baseline") && r.out().contains("rich"), r.out());
        assertTrue(Files.readString(out.resolve("experiment.json")).contains("\"complete\" : true"));

        CliRunner again = CliRunner.run("sweep", experiment("cli", 3, 12).toString(), "--out", out.toString());
        assertEquals(0, again.code());
        assertTrue(again.out().contains("6 already done, ran 0"), again.out());
        assertEquals(7, Files.readAllLines(out.resolve("runs.csv")).size(), "no duplicate rows");
    }

    /** The closing table reads as run's closing text: whole counts, completeness in %, ¥M with one decimal, medians of runs.csv. */
    @Test
    void theClosingTableIsInAnAnalystsUnits() throws IOException {
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("sweep", experiment("units", 3, 12).toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("chain completeness %") && r.out().contains("median of a variant's runs [90 % range: 5th – 95th percentile]"), r.out());
        String range = " (-?[0-9,]+) \\[(-?[0-9,]+) – (-?[0-9,]+)] *", money = " [0-9,]+\\.[0-9] \\[[0-9,]+\\.[0-9] – [0-9,]+\\.[0-9]] *";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^baseline +3 " + range + range.substring(1) + money.substring(1)
                + range.substring(1) + money.substring(1) + "$").matcher(r.out());
        assertTrue(m.find(), "whole counts, %, ¥M.M: " + r.out());
        List<Double> completeness = CompareCommandTest.csv(out.resolve("runs.csv")).stream().filter(x -> x.get("variant").equals("baseline"))
                .map(x -> Double.parseDouble(x.get("chain_completeness"))).sorted().toList();
        assertEquals(Math.round(100 * completeness.get(1)), Long.parseLong(m.group(7)), "the median run's completeness in %");
    }

    @Test
    void aDifferentExperimentInTheSameFolderIsRefused() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, CliRunner.run("sweep", experiment("first", 2, 6).toString(), "--out", out.toString()).code());
        CliRunner r = CliRunner.run("sweep", experiment("second", 2, 6).toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("experiment.json: fingerprint: expected results of experiment"), r.err());
        assertTrue(r.err().contains("found results of a different experiment"), r.err());
    }

    @Test
    void aTamperedSeedIsRefusedOnResume() throws IOException {
        Path out = dir.resolve("out");
        Path exp = experiment("tamper", 2, 6);
        assertEquals(0, CliRunner.run("sweep", exp.toString(), "--out", out.toString()).code());
        Path runs = out.resolve("runs.csv");
        Files.writeString(runs, Files.readString(runs).replaceFirst(",77,ok,", ",78,ok,"));
        CliRunner r = CliRunner.run("sweep", exp.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("runs.csv: line 2: expected seed 77 for run baseline-r000, found seed 78"), r.err());
    }

    @Test
    void aSweepKilledMidwayResumesToTheSameContentAsAnUninterruptedOne() throws Exception {
        Path exp = experiment("crash", 60, 70);
        Path whole = dir.resolve("whole");
        assertEquals(0, CliRunner.run("sweep", exp.toString(), "--out", whole.toString(), "--threads", "2").code());

        Path crashed = dir.resolve("crashed");
        Process p = ChildParkSim.start(dir.resolve("child.log"), null, "sweep", exp.toString(), "--out", crashed.toString(), "--threads", "1",
                "--no-progress");
        Path runs = crashed.resolve("runs.csv");
        ChildParkSim.await(() -> ChildParkSim.lines(runs) >= 15);
        p.destroyForcibly().waitFor(); // kill -9: no shutdown hooks, no flushing
        int before = Files.readAllLines(runs).size() - 1;
        assertTrue(before >= 14 && before < 120, "killed in the middle, after " + before + " runs");
        assertTrue(Files.readString(crashed.resolve("experiment.json")).contains("\"complete\" : false"));
        // A torn row, as a crash in the middle of a write would leave it.
        Files.writeString(crashed.resolve("timeseries.csv"), "rich-r099,yanji-proj", java.nio.file.StandardOpenOption.APPEND);

        CliRunner resumed = CliRunner.run("sweep", exp.toString(), "--out", crashed.toString(), "--threads", "2");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains(before + " already done"), resumed.out());
        for (String f : List.of("timeseries.csv", "summary.csv")) {
            assertEquals(Files.readString(whole.resolve(f)), Files.readString(crashed.resolve(f)), f);
        }
        assertEquals(SweepFiles.runsWithoutWallTime(whole), SweepFiles.runsWithoutWallTime(crashed));
    }

    @Test
    void shardsRunByTheCommandLineMergeIntoTheFullSweep() throws IOException {
        Path exp = experiment("shards", 4, 12);
        Path whole = dir.resolve("whole");
        assertEquals(0, CliRunner.run("sweep", exp.toString(), "--out", whole.toString()).code());
        for (int k = 1; k <= 2; k++) {
            CliRunner r = CliRunner.run("sweep", exp.toString(), "--shard", k + "/2", "--out", dir.resolve("s" + k).toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("shard " + k + "/2 has 4"), r.out());
        }
        CliRunner merged = CliRunner.run("merge", dir.resolve("s2").toString(), dir.resolve("s1").toString(), "--out", dir.resolve("m").toString());
        assertEquals(0, merged.code(), merged.err());
        assertTrue(merged.out().contains("8 of 8 runs"), merged.out());
        assertEquals(Files.readString(whole.resolve("timeseries.csv")), Files.readString(dir.resolve("m").resolve("timeseries.csv")));
        CliRunner partial = CliRunner.run("merge", dir.resolve("s1").toString(), "--out", dir.resolve("p").toString());
        assertTrue(partial.out().contains("4 of 8 runs (incomplete"), partial.out());
    }

    @Test
    void badShardAndBadExperimentAreUsageErrors() throws IOException {
        CliRunner shard = CliRunner.run("sweep", experiment("x", 1, 3).toString(), "--shard", "3/2");
        assertEquals(2, shard.code());
        assertTrue(shard.err().contains("--shard: expected K/N with 1 <= K <= N, found 3/2"), shard.err());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"x\"}");
        CliRunner r = CliRunner.run("sweep", bad.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("parksim: " + bad + ": scenario: expected a non-empty text"), r.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }
}
