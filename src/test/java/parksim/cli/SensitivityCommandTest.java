package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sensitivity and discover commands, black-box: files written, resume after kill -9, shards merged, discovery. */
class SensitivityCommandTest {
    @TempDir
    Path dir;

    /** Three Yanji assumptions on two outputs; a short horizon keeps the runs quick. */
    private Path study(int replications, int samples, int months, String date) throws IOException {
        String scenario = Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString();
        Path file = dir.resolve("study.json");
        Files.writeString(file, """
                {"name": "small", "scenario": "%s", "replications": %d, "seed": 11, "samples": %d, "months": %d,
                 "inputs": [{"name": "Kasen capacity", "path": "parks[yanji].tenants[kasen].capacity", "min": 100000000, "max": 200000000},
                            {"path": "market.segments.storage.initialUtilisation", "min": 0.6, "max": 0.95},
                            {"name": "move-in lag", "path": "model.pipeline.moveInLagMonths", "min": 2, "max": 12, "integer": true}],
                 "outputs": [{"metric": "tenants_signed_cum", "date": "%s"}, {"target": "Y7"}]}
                """.formatted(scenario, replications, samples, months, date));
        return file;
    }

    @Test
    void morrisWritesEffectsChartsAndAPage() throws IOException {
        Path out = dir.resolve("m");
        CliRunner r = CliRunner.run("sensitivity", study(2, 4, 12, "2025-12").toString(), "--method", "morris", "--out", out.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("morris, 3 input(s), 2 output(s), 4 base samples -> 16 design points x 2 replication(s) = 32 runs"), r.out());
        List<String> rows = Files.readAllLines(out.resolve("morris.csv"));
        assertEquals("output,input,path,mu_star,mu_star_low,mu_star_high,mu,mu_low,mu_high,sigma,sigma_low,sigma_high,noise_share", rows.get(0));
        assertEquals(1 + 2 * 3, rows.size());
        for (String f : List.of("morris-tenants_signed_cum_2025-12.png", "morris-target_Y7_value.png", "sensitivity.html", "runs.csv", "experiment.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        // Kasen's 2025 output is bounded by its capacity; other firms' move-in lag reaches it only through the cluster, barely.
        List<String> y7 = rows.stream().filter(l -> l.startsWith("target_Y7_value,")).toList();
        assertTrue(y7.get(0).startsWith("target_Y7_value,Kasen capacity,"), "capacity ranks first for Y7: " + y7);
        double capacity = Double.parseDouble(y7.get(0).split(",")[3]);
        double lag = Double.parseDouble(y7.get(2).split(",")[3]);
        assertTrue(y7.get(2).contains(",move-in lag,") && lag < capacity / 100, "the lag's mu* is under 1 % of capacity's: " + y7);
        // People read human names, money in ¥M (the CSV keeps ids and yuan), and a three-sentence summary.
        String y7Line = r.out().lines().filter(l -> l.startsWith("  Kasen capacity") && l.contains("¥M")).findFirst().orElse("");
        assertTrue(y7Line.matches("  Kasen capacity +mu\\* [0-9.]+ \\[[0-9.]+, [0-9.]+] ¥M .*"), "Y7's mu* in ¥M: " + r.out());
        assertEquals(capacity / 1e6, Double.parseDouble(y7Line.replaceAll(".*mu\\* ([0-9.]+) .*", "$1")), capacity / 1e6 * 0.005, "the same mu*, in ¥M");
        assertTrue(r.out().contains("target Y7 (Kasen output >= ¥100M in 2025), simulated value (¥M)  [target_Y7_value]"), r.out());
        assertTrue(r.out().contains("tenants signed (cumulative) at 2025-12  [tenants_signed_cum@2025-12]"), r.out());
        String summary = r.out().substring(r.out().indexOf("In short: "));
        assertEquals(3, summary.split("(?<=\\.) (?=[A-Z])").length, "three sentences: " + summary);
        assertTrue(summary.startsWith("In short: Kasen capacity matters most") || summary.contains(" matters most: it ranks first for "), summary);
        String html = Files.readString(out.resolve("sensitivity.html"));
        assertTrue(html.contains("<h2>In short</h2>"), "the summary opens the page");
        assertTrue(html.contains("<h2>target Y7 (Kasen output &gt;= ¥100M in 2025), simulated value (¥M) <span class=\"meta\">target_Y7_value</span></h2>"));
        assertTrue(html.contains("<th>mu*, ¥M [95% CI]</th>"), "the unit in the column head");
        assertTrue(html.contains("<td>parks[yanji].tenants[kasen].capacity</td><td>uniform [¥100.0M, ¥200.0M]</td>"), "money inputs in ¥M: " + html);
        assertTrue(html.contains("<td>uniform [0.6, 0.95]</td>"), "a share as it is");
        assertTrue(r.out().contains("replication noise ") && r.out().lines().filter(l -> l.contains("ranked by mu*"))
                .allMatch(l -> l.matches(".*replication noise \\d+ % of the variance.*")), "the noise share in % as in the summary: " + r.out());
    }

    @Test
    void aSobolAnalysisKilledMidwayResumesToTheSameIndices() throws Exception {
        Path exp = study(3, 8, 70, "2027-12");
        Path whole = dir.resolve("whole");
        CliRunner first = CliRunner.run("sensitivity", exp.toString(), "--method", "sobol", "--out", whole.toString(), "--threads", "2");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("40 design points x 3 replication(s) = 120 runs"), first.out());

        Path crashed = dir.resolve("crashed");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "parksim.cli.ParkSimCommand",
                "sensitivity", exp.toString(), "--method", "sobol", "--out", crashed.toString(), "--threads", "1", "--no-progress")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path runs = crashed.resolve("runs.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && (!Files.exists(runs) || Files.readAllLines(runs).size() < 15)) Thread.sleep(20);
        p.destroyForcibly().waitFor(); // kill -9
        int before = Files.readAllLines(runs).size() - 1;
        assertTrue(before >= 14 && before < 120, "killed in the middle, after " + before + " runs");
        assertTrue(!Files.exists(crashed.resolve("sobol.csv")), "no indices from half the runs");

        CliRunner resumed = CliRunner.run("sensitivity", exp.toString(), "--method", "sobol", "--out", crashed.toString(), "--threads", "2");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains(before + " already done"), resumed.out());
        assertEquals(Files.readString(whole.resolve("sobol.csv")), Files.readString(crashed.resolve("sobol.csv")));
        assertEquals(Files.readString(whole.resolve("timeseries.csv")), Files.readString(crashed.resolve("timeseries.csv")));
    }

    @Test
    void shardsMergeIntoTheSameIndicesAndDiscoveryFindsWhereY7Fails() throws IOException {
        Path exp = study(2, 8, 12, "2025-12");
        Path whole = dir.resolve("whole");
        assertEquals(0, CliRunner.run("sensitivity", exp.toString(), "--method", "sobol", "--out", whole.toString()).code());
        for (int k = 1; k <= 2; k++) {
            CliRunner r = CliRunner.run("sensitivity", exp.toString(), "--method", "sobol", "--shard", k + "/2", "--out", dir.resolve("s" + k).toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("shard " + k + "/2 done"), r.out());
        }
        Path merged = dir.resolve("merged");
        assertEquals(0, CliRunner.run("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(), "--out", merged.toString()).code());
        CliRunner analysed = CliRunner.run("sensitivity", exp.toString(), "--method", "sobol", "--out", merged.toString());
        assertEquals(0, analysed.code(), analysed.err());
        assertEquals(Files.readString(whole.resolve("sobol.csv")), Files.readString(merged.resolve("sobol.csv")));

        Path found = dir.resolve("found");
        CliRunner d = CliRunner.run("discover", whole.toString(), "--where", "target_Y7_value < 80000000", "--out", found.toString());
        assertEquals(0, d.code(), d.err());
        List<String> box = Files.readAllLines(found.resolve("prim-box.csv"));
        assertEquals("input,data_min,data_max,box_min,box_max,restricted,p_value", box.get(0));
        assertEquals(4, box.size(), "one row per input");
        String capacity = box.stream().filter(l -> l.startsWith("parks[yanji].tenants[kasen].capacity")).findFirst().orElseThrow();
        assertTrue(capacity.contains(",1,"), "Kasen falls far short of Y7 (under ¥80M in 2025) at low capacity: the box restricts it: " + capacity);
        String[] lag = box.stream().filter(l -> l.startsWith("model.pipeline.moveInLagMonths")).findFirst().orElseThrow().split(",", -1);
        assertTrue(lag[5].equals("0") || Double.parseDouble(lag[6]) > 0.05, "the move-in lag barely reaches Kasen: no significant restriction: "
                + String.join(",", lag));
        List<String> trajectory = Files.readAllLines(found.resolve("prim-trajectory.csv"));
        assertTrue(trajectory.get(1).startsWith("0,1.0000,"), "the first box holds every run: " + trajectory.get(1));
        assertTrue(Files.size(found.resolve("prim-tradeoff.png")) > 0);
    }

    @Test
    void badConditionsAreUsageErrors() throws IOException {
        Path out = dir.resolve("m");
        assertEquals(0, CliRunner.run("sensitivity", study(1, 2, 12, "2025-12").toString(), "--method", "morris", "--out", out.toString()).code());
        CliRunner column = CliRunner.run("discover", out.toString(), "--where", "target_Y9_met == 0");
        assertEquals(2, column.code());
        assertTrue(column.err().contains("expected columns of") && column.err().contains("found \"target_Y9_met\""), column.err());
        CliRunner syntax = CliRunner.run("discover", out.toString(), "--where", "target_Y7_met = 0");
        assertEquals(2, syntax.code());
        assertTrue(syntax.err().contains("--where \"target_Y7_met = 0\""), syntax.err());
        CliRunner month = CliRunner.run("discover", out.toString(), "--where", "tenants_open@2025-06 < 5");
        assertEquals(2, month.code());
        assertTrue(month.err().contains("found \"tenants_open@2025-06\""), month.err());
    }

    @Test
    void discoveryReadsAPlainSweepFolder() throws IOException {
        String scenario = Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString();
        Path exp = dir.resolve("grid.json");
        Files.writeString(exp, """
                {"name": "grid", "scenario": "%s", "replications": 3, "seed": 5, "months": 6, "variants": [],
                 "grid": {"name": "g", "factors": {"parks[yanji].policies.rentSubsidy.share": [0.2, 0.5, 0.8],
                                                   "parks[yanji].policies.targetedPromotion.awarenessBoost": [0.05, 0.15, 0.25]}}}
                """.formatted(scenario));
        Path sweep = dir.resolve("sweep");
        assertEquals(0, CliRunner.run("sweep", exp.toString(), "--out", sweep.toString()).code());
        // A condition on an input itself is a box PRIM must find exactly: the runs with the deepest rent subsidy.
        CliRunner d = CliRunner.run("discover", sweep.toString(), "--where", "parks[yanji].policies.rentSubsidy.share > 0.6");
        assertEquals(0, d.code(), d.err());
        assertTrue(d.out().contains("27 runs, 9 of them (0.3333)"), d.out());
        List<String> box = Files.readAllLines(sweep.resolve("discover").resolve("prim-box.csv"));
        assertTrue(box.get(1).startsWith("parks[yanji].policies.rentSubsidy.share,0.2,0.8,0.8,0.8,1,"), box.get(1));
        assertTrue(box.get(2).startsWith("parks[yanji].policies.targetedPromotion.awarenessBoost,0.05,0.25,0.05,0.25,0,"), box.get(2));
    }

    @Test
    void secondOrderIndicesForEveryPair() throws IOException {
        Path exp = study(2, 4, 12, "2025-12");
        Path out = dir.resolve("s2");
        CliRunner r = CliRunner.run("sensitivity", exp.toString(), "--method", "sobol", "--second-order", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("4 base samples -> 32 design points"), "N (2k + 2) points: " + r.out());
        List<String> pairs = Files.readAllLines(out.resolve("sobol-second-order.csv"));
        assertEquals("output,input_1,input_2,S2,S2_low,S2_high,noise_share,S2_above_noise", pairs.get(0));
        assertEquals(1 + 2 * 3, pairs.size(), "3 pairs of 3 inputs, for 2 outputs");
        CliRunner plain = CliRunner.run("sensitivity", exp.toString(), "--method", "sobol", "--out", out.toString());
        assertEquals(2, plain.code(), "another design is refused in this folder");
        CliRunner morris = CliRunner.run("sensitivity", exp.toString(), "--method", "morris", "--second-order");
        assertEquals(2, morris.code());
        assertTrue(morris.err().contains("--second-order: expected --method sobol, found --method morris"), morris.err());
    }
}
