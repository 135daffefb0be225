package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.TestScenarios;
import parksim.core.Metric;
import parksim.report.SyntheticResults;
import parksim.report.SyntheticResults.Spec;
import parksim.report.SyntheticResults.Variant;
import parksim.scenario.StrictJson;

/** {@code parksim compare} driven through the command line, on hand-made results with a known truth and on real runs. */
class CompareCommandTest {
    @TempDir
    Path dir;

    /** A CSV file as rows of column → cell, read with commons-csv independently of the code under test. */
    static List<Map<String, String>> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord rec : p) rows.add(new LinkedHashMap<>(rec.toMap()));
            return rows;
        }
    }

    static Map<String, String> row(List<Map<String, String>> rows, String variant, String metric, String date) {
        return rows.stream().filter(r -> r.get("variant").equals(variant) && r.get("metric").equals(metric) && r.get("date").equals(date))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + variant + " " + metric + " " + date));
    }

    static double num(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    @Test
    void aVariantBetterByAKnownAmountIsFoundAndItsConfidenceIntervalCoversTheTruth() throws IOException {
        Path sweep = SyntheticResults.write(dir.resolve("sweep"), Spec.sweep(List.of(
                Variant.of("base", 1, 1),
                Variant.of("pkg-b", 1, 2, Metric.TENANTS_OPEN, 3, Metric.SPEND_CUM, 10e6)), 40));
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("compare", sweep.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "runs of a sweep share seeds: paired, no warning");

        List<Map<String, String>> rows = csv(out.resolve("comparison.csv"));
        assertEquals(2 * 6, rows.size(), "2 variants x 6 headline metrics x 1 date x 1 park");
        Map<String, String> open = row(rows, "pkg-b", "tenants_open", "2026-12");
        assertEquals("paired", open.get("pairing"));
        assertEquals("paired t", open.get("t_test"));
        assertEquals("Wilcoxon signed-rank", open.get("rank_test"));
        assertEquals("d_z", open.get("effect_size_kind"));
        assertTrue(num(open, "diff_ci_low") <= 3 && 3 <= num(open, "diff_ci_high"), "the 95% CI covers the true +3: " + open);
        assertTrue(num(open, "diff_ci_low") > 0, "and excludes no difference");
        assertTrue(num(open, "t_p_holm") < 0.01 && num(open, "rank_p_holm") < 0.01, open.toString());
        assertTrue(num(open, "t_p_holm") >= num(open, "t_p"), "Holm never lowers a p-value");
        Map<String, String> spend = row(rows, "pkg-b", "spend_cum_cny", "2026-12");
        assertTrue(num(spend, "diff_ci_low") <= 10e6 && 10e6 <= num(spend, "diff_ci_high"), "the extra spend's CI covers ¥10M: " + spend);
        assertEquals(num(spend, "diff"), num(open, "extra_spend_cny"), 1e-6 * 10e6);
        assertEquals(num(open, "diff") / (num(open, "extra_spend_cny") / 1e6), num(open, "diff_per_extra_spend_m"), 1e-4,
                "extra open tenants per ¥1M of extra spend");
        assertEquals("", spend.get("diff_per_extra_spend_m"), "spend per spend is not a cost-effectiveness");
        Map<String, String> baseRow = row(rows, "base", "tenants_open", "2026-12");
        assertEquals("1", baseRow.get("is_baseline"));
        assertEquals("", baseRow.get("diff"));
        assertEquals("40", baseRow.get("n"));

        assertTrue(r.out().contains("pkg-b") && r.out().contains("tenants open"), r.out());
        String summary = r.out().lines().filter(l -> l.startsWith("- pkg-b")).findFirst().orElseThrow();
        assertTrue(summary.contains("tenants open +3") || summary.contains("tenants open +2"), summary);
        assertTrue(summary.contains("extra incentive spend (95% CI ¥"), summary);

        // The probability of meeting target T1, against a count made here from summary.csv.
        List<Map<String, String>> summaryRows = csv(sweep.resolve("summary.csv"));
        for (String variant : List.of("base", "pkg-b")) {
            long met = summaryRows.stream().filter(s -> s.get("variant").equals(variant) && s.get("target_T1_met").equals("1")).count();
            Map<String, String> t = csv(out.resolve("targets.csv")).stream().filter(x -> x.get("variant").equals(variant)).findFirst().orElseThrow();
            assertEquals("T1", t.get("target"));
            assertEquals("20 open tenants by the end", t.get("description"));
            assertEquals(met, Long.parseLong(t.get("runs_met")));
            assertEquals(met / 40.0, num(t, "probability"), 1e-9);
            assertTrue(num(t, "probability_ci_low") <= met / 40.0 && met / 40.0 <= num(t, "probability_ci_high"));
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.indexOf("<h2>Summary</h2>") < html.indexOf("<h2>Tables</h2>")
                && html.indexOf("<h2>Tables</h2>") < html.indexOf("<h2>Charts</h2>"), "summary, then tables, then charts");
        assertTrue(html.contains("data:image/png;base64,"), "charts embedded");
        assertFalse(html.contains("<img src=\"fan"), "no links to files beside the report");
    }

    @Test
    void identicalVariantsShowNoSignificantDifference() throws IOException {
        Path same = SyntheticResults.write(dir.resolve("same"), Spec.sweep(List.of(Variant.of("base", 1, 7), Variant.of("copy", 1, 7)), 10));
        CliRunner r = CliRunner.run("compare", same.toString(), "--out", dir.resolve("o1").toString());
        assertEquals(0, r.code(), r.err());
        for (Map<String, String> row : csv(dir.resolve("o1").resolve("comparison.csv"))) {
            if (row.get("variant").equals("copy")) {
                assertEquals(0, num(row, "diff"), 0, row.toString());
                assertEquals("", row.get("t_p"), "no variation: no test, rather than a significant one");
                assertEquals("", row.get("rank_p"));
            }
        }
        assertTrue(r.out().contains("no variation across runs, so no test"), r.out());

        // Same distribution, independent noise: differences by chance only, none significant after Holm.
        Path alike = SyntheticResults.write(dir.resolve("alike"), Spec.sweep(List.of(Variant.of("base", 1, 7), Variant.of("alike", 1, 8)), 20));
        CliRunner a = CliRunner.run("compare", alike.toString(), "--out", dir.resolve("o2").toString(), "--at", "2025-12,2026-12");
        assertEquals(0, a.code(), a.err());
        for (Map<String, String> row : csv(dir.resolve("o2").resolve("comparison.csv"))) {
            if (row.get("variant").equals("alike")) assertTrue(num(row, "t_p_holm") >= 0.05, row.toString());
        }
        assertFalse(a.out().contains("]*"), "no stars in the terminal table: " + a.out());
    }

    @Test
    void theReportListsEveryVariantAndEveryRequestedMetric() throws IOException {
        List<Variant> variants = List.of(Variant.of("alpha", 1, 1), Variant.of("beta", 1, 2, Metric.EMPLOYMENT, 100),
                Variant.of("gamma", 1, 3, Metric.TAX, -2));
        Path sweep = SyntheticResults.write(dir.resolve("three"), Spec.sweep(variants, 8).withParks(List.of("north", "south")));
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("compare", sweep.toString(), "--metrics", "employment,listed,tax_cny", "--at", "2025-06,2026-12",
                "--baseline", "beta", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = csv(out.resolve("comparison.csv"));
        assertEquals((3 + 1) * 3 * 2 * 2, rows.size(), "(3 variants' rows against the baseline + 1 pair of the others) x metrics x dates x parks");
        for (Map<String, String> row : rows) assertEquals("beta", row.get("baseline"));
        String html = Files.readString(out.resolve("report.html"));
        for (String v : List.of("alpha", "beta", "gamma")) assertTrue(html.contains(v), v);
        for (Metric m : List.of(Metric.EMPLOYMENT, Metric.LISTED, Metric.TAX)) {
            assertTrue(html.contains(parksim.report.Display.label(m)), m.column());
            for (String park : List.of("north", "south")) {
                assertTrue(Files.size(out.resolve("fan-" + park + "-" + m.column() + ".png")) > 1000);
                for (String d : List.of("2025-06", "2026-12")) assertTrue(Files.exists(out.resolve("difference-" + park + "-" + m.column() + "-" + d + ".png")));
            }
        }
        assertTrue(r.out().contains("park north at 2025-06") && r.out().contains("park south at 2026-12"), r.out());
    }

    @Test
    void failedSweepRunsAreLeftOutAndUnequalCountsFallBackToUnpairedTestsWithAWarning() throws IOException {
        Path sweep = SyntheticResults.write(dir.resolve("sweep"), Spec.sweep(List.of(Variant.of("base", 1, 1),
                Variant.of("pkg-b", 1, 2, Metric.TENANTS_OPEN, 3)), 12).withFailed(Set.of("pkg-b-r003")));
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("compare", sweep.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("1 of 12 runs of variant pkg-b did not finish and are left out"), r.err());
        assertTrue(r.err().contains("pkg-b vs base: unequal replicate counts (pkg-b: 11 runs, base: 12 runs)"), r.err());
        assertTrue(r.err().contains("unpaired tests (Welch t, Mann-Whitney U)"), r.err());
        Map<String, String> open = row(csv(out.resolve("comparison.csv")), "pkg-b", "tenants_open", "2026-12");
        assertEquals("11", open.get("n"));
        assertEquals("unpaired", open.get("pairing"));
        assertEquals("Welch t", open.get("t_test"));
        assertEquals("Mann-Whitney U", open.get("rank_test"));
        assertEquals("d (pooled SD)", open.get("effect_size_kind"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("unequal replicate counts"), "the warning is in the report too");
    }

    @Test
    void runFoldersArePairedOnlyWhenTheyShareSeeds() throws IOException {
        Path a = SyntheticResults.write(dir.resolve("a"), Spec.run("plan-a", Variant.of("x", 1, 1), 10, 500));
        Path b = SyntheticResults.write(dir.resolve("b"), Spec.run("plan-b", Variant.of("x", 1, 2, Metric.EMPLOYMENT, 50), 10, 500));
        Path c = SyntheticResults.write(dir.resolve("c"), Spec.run("plan-c", Variant.of("x", 1, 3), 10, 900));
        Path d = SyntheticResults.write(dir.resolve("d"), Spec.run("plan-d", Variant.of("x", 1, 4), 8, 500));

        CliRunner paired = CliRunner.run("compare", a.toString(), b.toString(), "--out", dir.resolve("ab").toString());
        assertEquals(0, paired.code(), paired.err());
        assertEquals("", paired.err());
        assertTrue(paired.out().startsWith("compare: 2 variants (baseline plan-a)"), "named after their scenarios; the first is the baseline");
        assertEquals("paired", row(csv(dir.resolve("ab").resolve("comparison.csv")), "plan-b", "employment", "2026-12").get("pairing"));

        CliRunner seeds = CliRunner.run("compare", a.toString(), c.toString(), d.toString(), "--out", dir.resolve("acd").toString());
        assertEquals(0, seeds.code(), seeds.err());
        assertTrue(seeds.err().contains("plan-c vs plan-a: the variants do not share seeds (plan-c: seeds 900..909, plan-a: seeds 500..509, 0 in common)"),
                seeds.err());
        assertTrue(seeds.err().contains("plan-d vs plan-a: unequal replicate counts (plan-d: 8 runs, plan-a: 10 runs)"), seeds.err());
        List<Map<String, String>> rows = csv(dir.resolve("acd").resolve("comparison.csv"));
        assertEquals("unpaired", row(rows, "plan-c", "employment", "2026-12").get("pairing"));
        assertEquals("unpaired", row(rows, "plan-d", "employment", "2026-12").get("pairing"));

        CliRunner labelled = CliRunner.run("compare", a.toString(), b.toString(), "--label", "now,package-b", "--out", dir.resolve("l").toString());
        assertEquals(0, labelled.code(), labelled.err());
        assertTrue(labelled.out().startsWith("compare: 2 variants (baseline now)"), labelled.out());
        // A file named directly works as its folder does, with the folder's summary for the targets.
        CliRunner file = CliRunner.run("compare", a.resolve("timeseries.csv").toString(), b.resolve("timeseries.csv").toString(),
                "--baseline", "plan-b", "--out", dir.resolve("f").toString());
        assertEquals(0, file.code(), file.err());
        assertEquals(2, csv(dir.resolve("f").resolve("targets.csv")).size());
    }

    @Test
    void twoLabelledSweepsNameTheirVariantsLabelSlashVariant() throws IOException {
        Path first = SyntheticResults.write(dir.resolve("s1"), Spec.sweep(List.of(Variant.of("control", 1, 1), Variant.of("base", 1, 2)), 4));
        Path second = SyntheticResults.write(dir.resolve("s2"), Spec.sweep(List.of(Variant.of("base", 1, 3),
                Variant.of("cheaper", 1, 4, Metric.SPEND_CUM, -20e6, Metric.TENANTS_OPEN, -2)), 4));
        CliRunner r = CliRunner.run("compare", first.toString(), second.toString(), "--label", "y2025,y2026", "--out", dir.resolve("o").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("compare: 4 variants (baseline y2025/base)"), "a labelled sweep's base is the default baseline: " + r.out());
        List<String> names = csv(dir.resolve("o").resolve("comparison.csv")).stream().map(x -> x.get("variant")).distinct().toList();
        assertEquals(Set.of("y2025/control", "y2025/base", "y2026/base", "y2026/cheaper"), Set.copyOf(names));
        String cheaper = r.out().lines().filter(l -> l.startsWith("- y2026/cheaper")).findFirst().orElseThrow();
        assertTrue(cheaper.contains("less incentive spend") && cheaper.contains("Per ¥1M of spend saved:"), cheaper);
    }

    @Test
    void twoFoldersOfTheSameScenarioNeedLabels() throws IOException {
        Path a = SyntheticResults.write(dir.resolve("a"), Spec.run("plan", Variant.of("x", 1, 1), 5, 1));
        Path b = SyntheticResults.write(dir.resolve("b"), Spec.run("plan", Variant.of("x", 1, 2), 5, 1));
        CliRunner r = CliRunner.run("compare", a.toString(), b.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertEquals("parksim: " + b.resolve("timeseries.csv") + ": line 2, column 2 (scenario): expected a variant name that no other result has ("
                + a.resolve("timeseries.csv") + " has \"plan\" too), found \"plan\" again; name each RESULTS argument with --label\n", r.err());
        assertFalse(Files.exists(dir.resolve("o")));
        assertEquals(0, CliRunner.run("compare", a.toString(), b.toString(), "--label", "before,after", "--out", dir.resolve("o").toString()).code());
    }

    @Test
    void realRunsOfTwoPoliciesWithTheSameSeedArePairedAndTheOutputIsReproducible() throws IOException {
        ObjectNode tree = TestScenarios.tree("yanji-hindcast");
        tree.put("name", "hindcast-generous");
        TestScenarios.set(tree, "parks[0].policies.rentSubsidy.share", 0.9);
        Path generous = dir.resolve("generous.json");
        Files.writeString(generous, StrictJson.mapper().writeValueAsString(tree));
        Path base = dir.resolve("base");
        Path gen = dir.resolve("gen");
        assertEquals(0, CliRunner.run("run", "scenarios/yanji-hindcast.json", "--replications", "6", "--seed", "3", "--out", base.toString()).code());
        assertEquals(0, CliRunner.run("run", generous.toString(), "--replications", "6", "--seed", "3", "--out", gen.toString()).code());

        CliRunner r = CliRunner.run("compare", base.toString(), gen.toString(), "--out", dir.resolve("c1").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("park yanji at 2024-12"), r.out());
        Map<String, String> spend = row(csv(dir.resolve("c1").resolve("comparison.csv")), "hindcast-generous", "spend_cum_cny", "2024-12");
        assertEquals("paired", spend.get("pairing"));
        assertTrue(num(spend, "diff") > 0, "a larger rent subsidy costs more: " + spend);

        assertEquals(0, CliRunner.run("compare", base.toString(), gen.toString(), "--out", dir.resolve("c2").toString()).code());
        for (String f : List.of("comparison.csv", "targets.csv", "report.html", "fan-yanji-tenants_open.png")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("c1").resolve(f)), Files.readAllBytes(dir.resolve("c2").resolve(f)), f);
        }
    }

    @Test
    void usageErrorsNameTheOptionAndWhatIsValid() throws IOException {
        Path sweep = SyntheticResults.write(dir.resolve("s"), Spec.sweep(List.of(Variant.of("base", 1, 1), Variant.of("b", 1, 2)), 3));
        Path out = dir.resolve("out");
        CliRunner metric = CliRunner.run("compare", sweep.toString(), "--metrics", "tenants,employment", "--out", out.toString());
        assertEquals(2, metric.code());
        assertTrue(metric.err().startsWith("parksim: --metrics: expected one of the metrics [appropriation_cny, arrears_cny, carried_over_cny, chain_completeness,"), metric.err());
        assertTrue(metric.err().contains("tenants_open") && metric.err().contains("found \"tenants\""), metric.err());
        CliRunner baseline = CliRunner.run("compare", sweep.toString(), "--baseline", "nope", "--out", out.toString());
        assertEquals(2, baseline.code());
        assertEquals("parksim: --baseline: expected one of the variants [base, b], found \"nope\"\n", baseline.err());
        CliRunner at = CliRunner.run("compare", sweep.toString(), "--at", "2026-13", "--out", out.toString());
        assertEquals(2, at.code());
        assertTrue(at.err().startsWith("parksim: --at: expected a date YYYY-MM, found \"2026-13\""), at.err());
        CliRunner labels = CliRunner.run("compare", sweep.toString(), "--label", "a,b", "--out", out.toString());
        assertEquals(2, labels.code());
        assertTrue(labels.err().contains("--label: expected one name per RESULTS argument (1), found 2"), labels.err());
        Path single = SyntheticResults.write(dir.resolve("one"), Spec.run("plan", Variant.of("x", 1, 1), 3, 1));
        CliRunner one = CliRunner.run("compare", single.toString(), "--out", out.toString());
        assertEquals(2, one.code());
        assertTrue(one.err().contains("expected at least two variants to compare, found only [plan]"), one.err());
        assertFalse(Files.exists(out), "no output folder after a usage error");
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".out")), "no staging folder left behind");
        }
    }

    @Test
    void chartsAreDrawnEvenWhenTheDisplayCannotBeReached() throws Exception {
        Path sweep = SyntheticResults.write(dir.resolve("s"), Spec.sweep(List.of(Variant.of("base", 1, 1), Variant.of("b", 1, 2)), 3));
        Path out = dir.resolve("out");
        // A separate process, as a user starts it, with a DISPLAY whose X server is not there.
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ParkSimCommand.class.getName(), "compare", sweep.toString(), "--out", out.toString());
        pb.environment().put("DISPLAY", ":97");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), output);
        assertTrue(Files.size(out.resolve("fan-p1-tenants_open.png")) > 1000, output);
    }

    @Test
    void helpListsCompare() {
        CliRunner r = CliRunner.run("--help");
        assertTrue(r.out().contains("compare"), r.out());
        CliRunner h = CliRunner.run("compare", "--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("--baseline") && h.out().contains("--metrics") && h.out().contains("--at") && h.out().contains("--park"), h.out());
    }
}
