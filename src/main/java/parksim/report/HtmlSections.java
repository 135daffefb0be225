package parksim.report;

import parksim.core.Quantiles;
import static parksim.report.HtmlReport.esc;

import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Metric;

/** The decision-support sections of {@code report.html}: ranking, pairwise comparisons, additionality, budget use, Shapley, method. */
final class HtmlSections {
    private HtmlSections() {}

    /** "+0.05 [0.01, 0.09]", or the reason there is no ratio. */
    static String ratio(Metric m, Ratio q) {
        if (q == null) return "";
        if (!q.given()) return "NA: " + q.note();
        return Display.signed(m, q.estimate()) + " [" + Display.value(m, q.low()) + ", " + Display.value(m, q.high()) + "]";
    }

    /** The ranking on the verdict's outcome at the last date, per park. */
    static String ranking(ComparisonReport report) {
        ComparisonTable table = report.table();
        Metric m = report.outcome();
        CalendarMonth date = table.dates().get(table.dates().size() - 1);
        StringBuilder h = new StringBuilder();
        for (Ranking.Result r : report.rankings()) {
            if (r.metric() != m || !r.date().equals(date)) continue;
            h.append("<h3>Ranking on ").append(esc(Display.name(m))).append(", park ").append(esc(r.park())).append(", ").append(date)
                    .append("</h3>\n<table>\n<tr><th>rank</th><th>variant</th><th>mean</th><th>p_best</th><th>P(beats ")
                    .append(esc(table.baseline())).append(")</th><th>difference from ").append(esc(table.baseline()))
                    .append(" [95% CI]</th><th>extra spend ¥M [95% CI]</th><th>per ¥1M extra spend [95% CI]</th></tr>\n");
            for (Ranking.Entry e : r.entries()) {
                ComparisonRow row = table.row(e.variant(), r.park(), m, date);
                ComparisonRow spend = table.row(e.variant(), r.park(), Metric.SPEND_CUM, date);
                h.append(row.isBaseline() ? "<tr class=\"base\">" : "<tr>").append("<td class=\"n\">").append(e.rank()).append("</td><td>")
                        .append(esc(report.labels().named(e.variant()))).append("</td><td class=\"n\">").append(Display.value(m, e.mean()))
                        .append("</td><td class=\"n\">").append(Display.percent(e.pBest())).append("</td><td class=\"n\">")
                        .append(Display.percent(e.pBeatsBaseline())).append("</td><td class=\"n").append(row.significant() ? " sig" : "")
                        .append("\">").append(row.isBaseline() ? "" : interval(m, row.difference())).append("</td><td class=\"n\">")
                        .append(spend == null || spend.isBaseline() ? row.isBaseline() ? "" : Display.money(row.extraSpend())
                                : interval(Metric.SPEND_CUM, spend.difference())).append("</td><td class=\"n\">")
                        .append(esc(ratio(m, row.ratio()))).append("</td></tr>\n");
            }
            h.append("</table>\n<p class=\"meta\">p_best: share of ").append(r.paired() ? "paired " : "").append("bootstrap resamples (")
                    .append(r.resamples()).append(") of the runs in which the variant has the best mean; every metric's ranking is in ranking.csv.</p>\n");
        }
        return h.toString();
    }

    private static String interval(Metric m, Difference d) {
        return Display.signed(m, d.estimate()) + " [" + Display.value(m, d.ciLow()) + ", " + Display.value(m, d.ciHigh()) + "]";
    }

    /** All pairs of variants other than the baseline, on the verdict's outcome at the last date. */
    static String pairwise(ComparisonReport report) {
        ComparisonTable table = report.table();
        Metric m = report.outcome();
        if (m == null) return "";
        CalendarMonth date = table.dates().get(table.dates().size() - 1);
        List<ComparisonRow> rows = table.rows().stream()
                .filter(r -> !r.againstBaseline() && r.metric() == m && r.date().equals(date)).toList();
        if (rows.isEmpty()) return "";
        StringBuilder h = new StringBuilder("<h3>Pairwise: ").append(esc(Display.name(m))).append(", ").append(date)
                .append("</h3>\n<p>Every pair of variants other than the baseline (all metrics in comparison.csv), Holm-adjusted in the outcome family.</p>\n")
                .append("<table>\n<tr><th>park</th><th>variant</th><th>compared with</th><th>difference [95% CI]</th><th>t-test p (Holm)</th></tr>\n");
        for (ComparisonRow r : rows) {
            h.append("<tr><td>").append(esc(r.park())).append("</td><td>").append(esc(report.labels().named(r.variant()))).append("</td><td>")
                    .append(esc(report.labels().named(r.reference()))).append("</td><td class=\"n").append(r.significant() ? " sig" : "").append("\">")
                    .append(interval(m, r.difference())).append("</td><td class=\"n\">").append(esc(Display.p(r.difference().tP())))
                    .append(" (").append(esc(Display.p(r.tPHolm()))).append(")</td></tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    static String additionality(ComparisonReport report) {
        if (report.additionality().isEmpty()) return "";
        StringBuilder h = new StringBuilder("<h2>Who the packages brought</h2>\n<p>Prospects matched by firm id with the baseline's run of the same seed; ")
                .append("means per paired run. Induced: signed here, not in the baseline (displaced: of those, signed in another park in the baseline). ")
                .append("Deadweight: signed in both. Lost: signed in the baseline only. Cost per induced (or net additional: induced − lost) firm: extra ")
                .append("incentive spend / those firms, Fieller 95% CI. Gross counts churn by chance where the model's random draws diverge ")
                .append("between variants; the net figure is the change in the park's signings.</p>\n<table>\n<tr><th>variant</th><th>park</th><th>runs</th><th>induced</th><th>displaced</th>")
                .append("<th>deadweight</th><th>lost</th><th>net additional</th><th>paid to deadweight firms ¥M</th><th>extra spend ¥M</th>")
                .append("<th>cost per induced firm ¥M [95% CI]</th><th>cost per net additional firm ¥M [95% CI]</th></tr>\n");
        for (Additionality.Row r : report.additionality()) {
            h.append("<tr><td>").append(esc(report.labels().named(r.variant()))).append("</td><td>").append(esc(r.park())).append("</td>");
            if (r.note() != null) {
                h.append("<td colspan=\"10\">").append(esc(r.note())).append("</td></tr>\n");
                continue;
            }
            h.append("<td class=\"n\">").append(r.runs()).append("</td>");
            for (double v : new double[] {r.induced(), r.displaced(), r.deadweight(), r.lost(), r.netAdditional()}) h.append("<td class=\"n\">").append(Display.num(v)).append("</td>");
            h.append("<td class=\"n\">").append(Display.value(Metric.SPEND_CUM, r.deadweightSubsidiesCny())).append("</td><td class=\"n\">")
                    .append(Display.value(Metric.SPEND_CUM, r.extraSpendCny())).append("</td><td class=\"n\">")
                    .append(esc(perFirm(r.costPerInduced()))).append("</td><td class=\"n\">").append(esc(perFirm(r.costPerNetAdditional())))
                    .append("</td></tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    private static String perFirm(Ratio q) {
        return q.given() ? ratio(Metric.SPEND_CUM, q).replace("+", "") : "NA: " + q.note();
    }

    static String budget(ComparisonReport report) {
        if (report.budget().isEmpty()) return "";
        StringBuilder h = new StringBuilder("<h2>Budget use</h2>\n<p>Means over each variant's runs.</p>\n<table>\n<tr><th>variant</th><th>park</th>")
                .append("<th>budget ¥M</th><th>spent ¥M</th><th>spent share</th><th>runs out of budget</th><th>median month it ran out</th>")
                .append("<th>unpaid promises ¥M</th><th>turned away, no floor</th><th>signed with an incentive</th></tr>\n");
        for (BudgetUseTable.Row r : report.budget()) {
            h.append("<tr><td>").append(esc(report.labels().named(r.variant()))).append("</td><td>").append(esc(r.park())).append("</td>")
                    .append(cell(Display.value(Metric.SPEND_CUM, r.budgetCny()))).append(cell(Display.value(Metric.SPEND_CUM, r.spendCny())))
                    .append(cell(Display.percent(r.spentShare()))).append(cell(Display.percent(r.outShare())))
                    .append(cell(r.outMonthMedian() == null ? "never" : r.outMonthMedian().toString()))
                    .append(cell(Display.value(Metric.SPEND_CUM, r.unpaidCny()))).append(cell(Display.num(r.turnedAway())))
                    .append(cell(Display.percent(r.signedWithIncentiveShare()))).append("</tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    private static String cell(String text) {
        return "<td class=\"n\">" + esc(text) + "</td>";
    }

    static String shapley(ComparisonReport report) {
        if (report.shapley().isEmpty()) return "";
        StringBuilder h = new StringBuilder("<h2>Attribution across instruments (Shapley)</h2>\n<p>Each instrument's exact Shapley share of ")
                .append("the package's effect over its 2^k sub-packages, per replicate, with a 95% CI; the shares add up to the effect.</p>\n")
                .append("<table>\n<tr><th>park</th><th>metric</th><th>date</th><th>instrument</th><th>share [95% CI]</th><th>package effect [95% CI]</th></tr>\n");
        for (Shapley.Result r : report.shapley()) {
            if (!report.shown(r)) continue;
            Metric m = r.metric();
            for (Shapley.Share s : r.shares()) {
                h.append("<tr><td>").append(esc(r.park())).append("</td><td>").append(esc(Display.label(m))).append("</td><td>").append(r.date())
                        .append("</td><td>").append(esc(s.instrument())).append("</td>")
                        .append(cell(Display.signed(m, s.value()) + " [" + Display.value(m, s.low()) + ", " + Display.value(m, s.high()) + "]"))
                        .append(cell(Display.signed(m, r.effect().mean()) + " [" + Display.value(m, r.effect().ciLow()) + ", "
                                + Display.value(m, r.effect().ciHigh()) + "]")).append("</tr>\n");
            }
        }
        return h.append("</table>\n").toString();
    }

    static String method() {
        return new StringBuilder("<h2>Method</h2>\n<ul>\n")
                .append("<li>Runs of two variants are <b>paired</b> when both have the same seeds, each once (replicate r of a sweep, ")
                .append("or two run folders made with the same --seed and replication count): they then saw the same arrivals. Paired: ")
                .append("paired t-test, Wilcoxon signed-rank test (zero differences dropped; exact up to 15 pairs without ties, else the normal ")
                .append("approximation with tie and continuity corrections), effect size d_z. Otherwise <b>unpaired</b>, with a warning: Welch's t-test ")
                .append("(Welch&ndash;Satterthwaite degrees of freedom), Mann&ndash;Whitney U (normal approximation with tie and continuity corrections), ")
                .append("Cohen's d with the pooled SD.</li>\n")
                .append("<li>Every variant is compared with the baseline and with every other variant. Holm's step-down correction runs over the ")
                .append("<b>outcome family</b> (all comparisons of metrics that are not costs: every pair, metric, date and park) and, separately, ")
                .append("over the <b>cost family</b> (spend, commitments, unpaid promises and equity-fund figures); t-tests and rank tests separately. ")
                .append("The confidence intervals are not adjusted, so one can exclude zero while the adjusted p is above 0.05.</li>\n")
                .append("<li>Ranking: p_best is the share of 4,000 bootstrap resamples of the runs in which a variant's mean is best (ties shared); ")
                .append("resamples draw the same replicates for every variant when all share seeds (paired), from a fixed-seed MersenneTwisterFast.</li>\n")
                .append("<li>Cost-effectiveness: the mean paired difference divided by the mean paired difference in cumulative incentive spend (¥M), ")
                .append("with Fieller's 95% interval; none where the extra spend's 95% CI includes 0, since the ratio is then unbounded.</li>\n")
                .append("<li>Quantiles: R's type 7 (as numpy and Excel's PERCENTILE.INC), from commons-math3. Target probabilities: share of the runs ")
                .append("that reached the target's months and met it, with a 95% Wilson score interval.</li>\n")
                .append("<li>Shapley shares: exact over the 2^k sub-packages (sweep --shapley), per replicate; 95% t-intervals over replicates.</li>\n")
                .append("<li>Statistics from Apache commons-math3; charts drawn with JFreeChart in the Okabe&ndash;Ito colour-blind-safe palette. ")
                .append("Tidy tables: comparison.csv, ranking.csv, targets.csv, additionality.csv, budget.csv, shapley.csv.</li>\n</ul>\n").toString();
    }
}
