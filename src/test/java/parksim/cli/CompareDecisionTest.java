package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parksim.cli.CompareCommandTest.csv;
import static parksim.cli.CompareCommandTest.num;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.core.Metric;
import parksim.report.SyntheticResults;
import parksim.report.SyntheticResults.Spec;
import parksim.report.SyntheticResults.Variant;

/** {@code compare}'s decision support through the command line: verdict, ranking, pairwise Holm family, ratios, budget, Shapley. */
class CompareDecisionTest {
    @TempDir
    Path dir;

    private static List<Map<String, String>> where(List<Map<String, String>> rows, String column, String value) {
        return rows.stream().filter(r -> r.get(column).equals(value)).toList();
    }

    @Test
    void aClearlyBestVariantHasPBestNearOneAndOpensTheVerdict() throws IOException {
        Path sweep = SyntheticResults.write(dir.resolve("s"), Spec.sweep(List.of(Variant.of("base", 1, 1),
                Variant.of("good", 1, 2, Metric.TENANTS_SIGNED_CUM, 2, Metric.SPEND_CUM, 10e6),
                Variant.of("best", 1, 3, Metric.TENANTS_SIGNED_CUM, 8, Metric.SPEND_CUM, 20e6)), 20));
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("compare", sweep.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> ranking = where(csv(out.resolve("ranking.csv")), "metric", "tenants_signed_cum");
        Map<String, String> best = where(ranking, "variant", "best").get(0);
        assertEquals("1", best.get("rank"));
        assertTrue(num(best, "p_best") > 0.99, best.toString());
        assertTrue(num(best, "p_beats_baseline") > 0.99, best.toString());
        assertEquals(1.0, ranking.stream().mapToDouble(x -> num(x, "p_best")).sum(), 1e-9, "p_best adds up to 1");
        assertEquals("", where(ranking, "variant", "base").get(0).get("p_beats_baseline"), "the baseline does not beat itself");
        assertTrue(csv(out.resolve("ranking.csv")).stream().noneMatch(x -> x.get("metric").equals("spend_cum_cny")), "costs are not ranked");

        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(2).startsWith("best gives the most tenants signed (cumulative) by 2026-12: "), "the plain recommendation first: " + r.out());
        String first = lines.stream().filter(l -> l.startsWith("On ")).findFirst().orElseThrow();
        assertTrue(lines.indexOf(first) > 2, "the statistics after it");
        assertTrue(first.startsWith("On tenants signed (cumulative) at 2026-12, best ranks first"), first);
        assertTrue(first.contains("Over the next best, good: +") && first.contains("clearly the best"), first);
        String html = Files.readString(out.resolve("report.html"));
        int recommendation = html.indexOf("<h2>Recommendation</h2>"), verdict = html.indexOf("<p>On tenants signed (cumulative) at 2026-12, best ranks first");
        assertTrue(recommendation > 0 && verdict > recommendation && verdict < html.indexOf("<h2>Summary</h2>"), "the recommendation and verdict come first");
    }

    @Test
    void twoIdenticalVariantsSplitPBestEvenly() throws IOException {
        // Same noise seed: the two variants' runs are identical, so every resample ties them and p_best splits exactly.
        Path sweep = SyntheticResults.write(dir.resolve("s"), Spec.sweep(List.of(Variant.of("base", 1, 1),
                Variant.of("twin-a", 1, 5, Metric.TENANTS_OPEN, 6), Variant.of("twin-b", 1, 5, Metric.TENANTS_OPEN, 6)), 12));
        Path out = dir.resolve("out");
        assertEquals(0, CliRunner.run("compare", sweep.toString(), "--out", out.toString()).code());
        List<Map<String, String>> ranking = where(csv(out.resolve("ranking.csv")), "metric", "tenants_open");
        assertEquals(0.5, num(where(ranking, "variant", "twin-a").get(0), "p_best"), 1e-9);
        assertEquals(0.5, num(where(ranking, "variant", "twin-b").get(0), "p_best"), 1e-9);
        assertEquals(where(ranking, "variant", "twin-a").get(0).get("rank"), where(ranking, "variant", "twin-b").get(0).get("rank"), "tied means share a rank");

        // Same distribution, independent noise: neither is reliably best; each gets a share well inside (0, 1).
        Path alike = SyntheticResults.write(dir.resolve("a"), Spec.sweep(List.of(Variant.of("base", 1, 1),
                Variant.of("one", 0.3, 5, Metric.TENANTS_OPEN, 6), Variant.of("other", 0.3, 6, Metric.TENANTS_OPEN, 6)), 30));
        assertEquals(0, CliRunner.run("compare", alike.toString(), "--out", dir.resolve("o2").toString()).code());
        List<Map<String, String>> r2 = where(csv(dir.resolve("o2").resolve("ranking.csv")), "metric", "tenants_open");
        double one = num(where(r2, "variant", "one").get(0), "p_best");
        double other = num(where(r2, "variant", "other").get(0), "p_best");
        assertEquals(1.0, one + other, 1e-9, "the baseline, 6 below, is never best");
        assertTrue(one > 0.02 && other > 0.02, one + " " + other);
    }

    @Test
    void runsWithoutCommonSeedsAreRankedByAnUnpairedBootstrap() throws IOException {
        Path a = SyntheticResults.write(dir.resolve("a"), Spec.run("a", Variant.of("a", 1, 1), 12, 1000));
        Path b = SyntheticResults.write(dir.resolve("b"), Spec.run("b", Variant.of("b", 1, 2, Metric.TENANTS_SIGNED_CUM, 20), 12, 5000));
        Path out = dir.resolve("out");
        assertEquals(0, CliRunner.run("compare", a.toString(), b.toString(), "--out", out.toString()).code());
        Map<String, String> best = where(where(csv(out.resolve("ranking.csv")), "metric", "tenants_signed_cum"), "rank", "1").get(0);
        assertEquals("b", best.get("variant"));
        assertEquals("bootstrap (unpaired)", best.get("resampling"));
        assertTrue(num(best, "p_best") > 0.99, best.toString());
        assertEquals("runs not paired by seed", CompareCommandTest.row(csv(out.resolve("comparison.csv")), "b", "tenants_signed_cum", "2026-12")
                .get("diff_per_extra_spend_note"), "no ratio for unpaired runs");
    }

    @Test
    void allPairsAreComparedAndHolmsFamilyLeavesOutTheCost() throws IOException {
        Path sweep = SyntheticResults.write(dir.resolve("s"), Spec.sweep(List.of(Variant.of("base", 1, 1),
                Variant.of("a", 0.3, 2, Metric.TENANTS_OPEN, 3, Metric.SPEND_CUM, 10e6), Variant.of("b", 0.3, 3, Metric.TENANTS_OPEN, 1),
                Variant.of("c", 0.3, 4)), 15));
        Path out = dir.resolve("out");
        assertEquals(0, CliRunner.run("compare", sweep.toString(), "--metrics", "tenants_open,employment,spend_cum_cny", "--out", out.toString()).code());
        List<Map<String, String>> rows = csv(out.resolve("comparison.csv"));
        // Per metric: the baseline's row, 3 against it, and the pairs b-a, c-a, c-b.
        assertEquals(3 * (1 + 3 + 3), rows.size());
        Map<String, String> ba = rows.stream().filter(x -> x.get("variant").equals("b") && x.get("compared_with").equals("a")
                && x.get("metric").equals("tenants_open")).findFirst().orElseThrow();
        // Paired on the same seeds, b - a is exactly (b - base) - (a - base); about 1 - 3.
        double bBase = num(CompareCommandTest.row(rows, "b", "tenants_open", "2026-12"), "diff");
        double aBase = num(CompareCommandTest.row(rows, "a", "tenants_open", "2026-12"), "diff");
        assertEquals(bBase - aBase, num(ba, "diff"), 1e-4, ba.toString());
        assertTrue(num(ba, "diff") < -1 && num(ba, "diff_ci_high") < 0, "b is below a: " + ba);

        // Holm by hand over the outcome family: the 12 outcome comparisons' t_p, never the spend's.
        List<Map<String, String>> outcome = rows.stream().filter(x -> !x.get("t_p").isEmpty() && !x.get("metric").equals("spend_cum_cny")).toList();
        assertEquals(12, outcome.size());
        double[] p = outcome.stream().mapToDouble(x -> num(x, "t_p")).toArray();
        double[] sorted = p.clone();
        java.util.Arrays.sort(sorted);
        double running = 0;
        List<Double> expected = new ArrayList<>();
        for (int k = 0; k < sorted.length; k++) {
            running = Math.max(running, Math.min(1, (sorted.length - k) * sorted[k]));
            expected.add(running);
        }
        for (Map<String, String> x : outcome) {
            int k = java.util.Arrays.binarySearch(sorted, num(x, "t_p"));
            assertEquals(expected.get(k), num(x, "t_p_holm"), 2e-5 * expected.get(k), x.toString()); // CSV cells keep 6 digits
            assertEquals("outcome", x.get("holm_family"));
        }
        for (Map<String, String> x : where(rows, "metric", "spend_cum_cny")) {
            if (!x.get("t_p").isEmpty()) assertEquals("cost", x.get("holm_family"));
        }
    }

    @Test
    void noRatioWhereTheExtraSpendsCiIncludesZeroAndTheReportSaysWhy() throws IOException {
        Path sweep = SyntheticResults.write(dir.resolve("s"), Spec.sweep(List.of(Variant.of("base", 1, 1),
                Variant.of("free", 1, 2, Metric.TENANTS_OPEN, 3), Variant.of("paid", 0.2, 3, Metric.TENANTS_OPEN, 3, Metric.SPEND_CUM, 30e6)), 20));
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("compare", sweep.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = csv(out.resolve("comparison.csv"));
        Map<String, String> spend = CompareCommandTest.row(rows, "free", "spend_cum_cny", "2026-12");
        assertTrue(num(spend, "diff_ci_low") < 0 && 0 < num(spend, "diff_ci_high"), "no extra spend in expectation: " + spend);
        Map<String, String> free = CompareCommandTest.row(rows, "free", "tenants_open", "2026-12");
        assertEquals("", free.get("diff_per_extra_spend_m"));
        assertEquals("the 95% CI of the extra spend includes 0", free.get("diff_per_extra_spend_note"));
        Map<String, String> paid = CompareCommandTest.row(rows, "paid", "tenants_open", "2026-12");
        assertTrue(num(paid, "diff_per_extra_spend_m_ci_low") <= 0.1 && 0.1 <= num(paid, "diff_per_extra_spend_m_ci_high"),
                "+3 tenants per ¥30M is 0.1 per ¥1M: " + paid);
        String sentence = r.out().lines().filter(l -> l.startsWith("- free")).findFirst().orElseThrow();
        assertTrue(sentence.contains("No effect per ¥1M is given: the 95% CI of the extra spend includes 0"), sentence);
    }

    @Test
    void budgetUseIsShownWhenSummaryHasItsColumnsAndLeftOutOtherwise() throws IOException {
        Path sweep = SyntheticResults.write(dir.resolve("s"), Spec.sweep(List.of(Variant.of("base", 1, 1), Variant.of("big", 1, 2)), 4));
        Path out = dir.resolve("out");
        assertEquals(0, CliRunner.run("compare", sweep.toString(), "--out", out.toString()).code());
        assertFalse(Files.exists(out.resolve("budget.csv")), "older results have no budget columns: no table, no failure");

        List<String> lines = Files.readAllLines(sweep.resolve("summary.csv"));
        List<String> extended = new ArrayList<>();
        extended.add(lines.get(0) + ",budget_cny,budget_out_month,unpaid_cum_cny,turned_away_no_floor_cum,signed_with_incentive_share,spend_cum_cny");
        for (String l : lines.subList(1, lines.size())) {
            int replicate = Integer.parseInt(l.split(",")[3]);
            extended.add(l + (l.contains(",big,") ? ",100000000," + (replicate < 2 ? "2026-0" + (3 + replicate) : "") + ",2000000,1,0.5,90000000"
                    : ",60000000,,0,3,0.25,40000000"));
        }
        Files.write(sweep.resolve("summary.csv"), extended);
        Path out2 = dir.resolve("out2");
        CliRunner r = CliRunner.run("compare", sweep.toString(), "--out", out2.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, String> big = where(csv(out2.resolve("budget.csv")), "variant", "big").get(0);
        assertEquals(0.5, num(big, "budget_out_share"), 1e-12, "2 of 4 runs ran out");
        assertEquals("2026-03", big.get("budget_out_month_median"), "the lower middle of 2026-03, 2026-04");
        assertEquals(0.9, num(big, "spent_share"), 1e-12);
        assertEquals(2e6, num(big, "unpaid_cum_cny"), 1e-6);
        assertEquals(0.5, num(big, "signed_with_incentive_share"), 1e-12);
        assertEquals("", where(csv(out2.resolve("budget.csv")), "variant", "base").get(0).get("budget_out_month_median"));
        assertTrue(Files.readString(out2.resolve("report.html")).contains("<h2>Budget use</h2>"));
    }

    @Test
    void shapleySharesOfASyntheticAdditiveSweepAreItsPartsAndAddUpToTheEffect() throws IOException {
        // Instrument 1 adds 2 open tenants, instrument 2 adds 5; together 7. No noise of their own: exact per replicate.
        Path sweep = SyntheticResults.write(dir.resolve("s"), Spec.sweep(List.of(Variant.of("shapley-00", 0, 1),
                Variant.of("shapley-01", 0, 1, Metric.TENANTS_OPEN, 5), Variant.of("shapley-10", 0, 1, Metric.TENANTS_OPEN, 2),
                Variant.of("shapley-11", 0, 1, Metric.TENANTS_OPEN, 7)), 6));
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("compare", sweep.toString(), "--metrics", "tenants_open", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> shares = csv(out.resolve("shapley.csv"));
        assertEquals(2, shares.size());
        assertEquals(2, num(where(shares, "instrument", "instrument 1").get(0), "shapley_value"), 1e-5);
        assertEquals(5, num(where(shares, "instrument", "instrument 2").get(0), "shapley_value"), 1e-5);
        assertEquals(num(shares.get(0), "package_effect"), shares.stream().mapToDouble(x -> num(x, "shapley_value")).sum(), 1e-5);
        assertTrue(Files.list(out).anyMatch(f -> f.getFileName().toString().startsWith("shapley-") && f.toString().endsWith(".png")), "a bar chart");
    }
}
