package parksim.report;

import static parksim.report.HtmlReport.esc;

import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Metric;

/**
 * The report's first screen, what an analyst acts on: the recommendation in plain words with the limits
 * that bind beside it (statistics one click away), what each package is and the levers it sets, and
 * the net fiscal cost. It is also the page that prints.
 */
final class ReportFront {
    private ReportFront() {}

    static String heading(ComparisonReport report) {
        ReportOrigin o = report.origin();
        ComparisonTable table = report.table();
        StringBuilder h = new StringBuilder("<h1>Comparison of policy variants")
                .append(o.title().isEmpty() ? "" : ": " + esc(o.title())).append("</h1>\n");
        if (!o.description().isEmpty()) h.append("<p>").append(esc(o.description())).append("</p>\n");
        h.append("<p class=\"meta\">Baseline <b>").append(esc(table.baseline())).append("</b>; park(s) ")
                .append(esc(String.join(", ", table.parks()))).append("; compared at ")
                .append(esc(String.join(", ", table.dates().stream().map(CalendarMonth::toString).toList()))).append(". parksim ")
                .append(esc(o.version())).append(o.resultsDate().isEmpty() ? "" : "; results of " + esc(o.resultsDate()))
                .append(".<br>Made by <code>").append(esc(o.command())).append("</code></p>\n");
        return h.toString();
    }

    /** The recommendation and the limits; the verdict's statistics and the ranking in a details block. */
    static String recommendation(ComparisonReport report) {
        if (report.verdict().isEmpty()) return "";
        StringBuilder h = new StringBuilder("<h2>Recommendation</h2>\n");
        for (String plain : plainRecommendations(report)) h.append("<p class=\"verdict\">").append(esc(plain)).append("</p>\n");
        h.append(limits(report));
        h.append("<details><summary>The statistics behind it</summary>\n");
        for (String v : report.verdict()) h.append("<p>").append(esc(v)).append("</p>\n");
        h.append(HtmlSections.ranking(report)).append("</details>\n");
        return h.toString();
    }

    /** The recommendation in plain words, one sentence group per park, with the limits that bind the package it names. */
    static List<String> plainRecommendations(ComparisonReport report) {
        return lastRankings(report).stream().map(r -> plain(report, r)).toList();
    }

    private static List<Ranking.Result> lastRankings(ComparisonReport report) {
        CalendarMonth last = report.table().dates().get(report.table().dates().size() - 1);
        return report.rankings().stream().filter(r -> r.metric() == report.outcome() && r.date().equals(last)).toList();
    }

    /** "events adds the most signed tenants by 2030-12: 16 more than the baseline (13 to 19) for ¥46M more spend; …" */
    static String plain(ComparisonReport report, Ranking.Result r) {
        ComparisonTable table = report.table();
        Metric m = r.metric();
        String base = table.baseline();
        Ranking.Entry best = r.first();
        String where = table.parks().size() > 1 ? " in park " + r.park() : "";
        if (best.variant().equals(base)) {
            return "No package does better than the baseline on " + Display.name(m) + " by " + r.date() + where + ".";
        }
        ComparisonRow row = table.row(best.variant(), r.park(), m, r.date());
        Difference d = row.difference();
        VariantLabels labels = report.labels();
        StringBuilder s = new StringBuilder(labels.named(best.variant())).append(" gives the most ").append(Display.name(m)).append(" by ")
                .append(r.date()).append(where).append(": ").append(Display.amount(m, Math.abs(d.estimate())))
                .append(d.estimate() >= 0 ? " more" : " fewer").append(" than the baseline (95 % CI ")
                .append(Display.amountInterval(m, d.ciLow(), d.ciHigh())).append("), for ")
                .append(Display.money(Math.abs(row.extraSpend()))).append(row.extraSpend() >= 0 ? " more" : " less").append(" incentive spend.");
        Ranking.Entry next = r.entries().get(1);
        Verdict.Margin lead = Verdict.margin(table, best.variant(), next.variant(), r.park(), m, r.date());
        if (!lead.significant()) {
            s.append(" ").append(labels.named(next.variant())).append(" does about as well: its ").append(Display.amount(m, Math.abs(lead.estimate())))
                    .append(" difference could be chance, so choose between the two on cost and on the limits that bind them.");
        } else {
            s.append(" Its lead over the next best, ").append(labels.named(next.variant())).append(", is clear (").append(Display.signedAmount(m, lead.estimate()))
                    .append(").");
        }
        s.append(bindingLimits(report, best.variant(), r.park()));
        return s.toString();
    }

    /** " Mind its limits: …" for the limits that bind the variant, or empty. */
    private static String bindingLimits(ComparisonReport report, String variant, String park) {
        BudgetUseTable.Row b = report.budget().stream().filter(x -> x.variant().equals(variant) && x.park().equals(park)).findFirst().orElse(null);
        if (b == null) return "";
        List<String> binds = new java.util.ArrayList<>();
        if (b.spentShare() > 0.95) binds.add("it spends " + Display.percent(b.spentShare()) + " of its " + Display.money(b.budgetCny()) + " budget");
        if (b.turnedAway() >= 1) binds.add(Display.num(Math.round(b.turnedAway())) + " prospects a run are turned away for lack of floor");
        if (b.signedWithIncentiveShare() < 0.5) binds.add("only " + Display.percent(b.signedWithIncentiveShare()) + " of its signed firms get an incentive");
        return binds.isEmpty() ? "" : " Mind its limits: " + String.join("; ", binds) + ".";
    }

    /** Beside the verdict: for each package, when its budget ran out, how many prospects found no floor, the share of signed firms funded. */
    static String limits(ComparisonReport report) {
        if (report.budget().isEmpty()) return "";
        StringBuilder h = new StringBuilder("<h3>What limits each package</h3>\n<table class=\"limits\">\n<tr><th>variant</th>")
                .append(report.table().parks().size() > 1 ? "<th>park</th>" : "")
                .append("<th>budget spent</th><th>budget ran out</th><th>prospects turned away for lack of floor, per run</th>")
                .append("<th>signed firms that got an incentive</th></tr>\n");
        for (BudgetUseTable.Row r : report.budget()) {
            h.append("<tr><td>").append(esc(report.labels().named(r.variant()))).append("</td>")
                    .append(report.table().parks().size() > 1 ? "<td>" + esc(r.park()) + "</td>" : "")
                    .append(cell(Display.percent(r.spentShare()) + " of " + Display.money(r.budgetCny()), r.spentShare() > 0.95))
                    // The month first, so that a narrow column breaks the line after it rather than at its hyphen.
                    .append(cell(r.outMonthMedian() == null ? "never" : r.outMonthMedian() + " (median), in "
                            + Display.percent(r.outShare()) + " of runs", r.outShare() > 0.5))
                    .append(cell(Display.num(Math.round(r.turnedAway())), r.turnedAway() >= 1))
                    .append(cell(Display.percent(r.signedWithIncentiveShare()), r.signedWithIncentiveShare() < 0.5)).append("</tr>\n");
        }
        return h.append("</table>\n<p class=\"meta note\">Highlighted: a limit that binds (over 95 % of the budget spent, the budget out in most runs, ")
                .append("prospects turned away, fewer than half the signed firms funded). Means over each variant's runs; details in budget.csv.</p>\n")
                .toString();
    }

    private static String cell(String text, boolean binds) {
        return "<td class=\"n" + (binds ? " binds" : "") + "\">" + esc(text) + "</td>";
    }

    /** What each package is: its description and the levers it sets against the scenario. */
    static String packages(ComparisonReport report) {
        ReportOrigin o = report.origin();
        boolean any = report.table().variants().stream().anyMatch(v -> !o.descriptionOf(v).isEmpty() || !o.leversOf(v).isEmpty());
        if (!any) return "";
        StringBuilder h = new StringBuilder("<h2>The packages</h2>\n<table class=\"packages\">\n<tr><th>variant</th><th>what it is</th><th>levers it sets</th></tr>\n");
        for (String v : report.table().variants()) {
            List<String> levers = o.leversOf(v);
            h.append("<tr><td>").append(esc(report.labels().named(v))).append("</td><td>").append(esc(o.descriptionOf(v))).append("</td><td>")
                    .append(levers.isEmpty() ? "as the scenario" : esc(String.join("; ", levers))).append("</td></tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    /** Net fiscal cost by year and cumulative, and per additional tenant and job against the baseline. */
    static String fiscal(ComparisonReport report) {
        FiscalCost.Result f = report.fiscal();
        if (f.isEmpty()) return "";
        ComparisonTable table = report.table();
        StringBuilder h = new StringBuilder("<h2>Net fiscal cost</h2>\n<p>Incentives paid minus the tax the park's tenants paid, ¥M, mean over ")
                .append("the runs: in each year, and (in brackets) cumulated from the first month. A negative figure: tax collected exceeds the incentives.</p>\n");
        for (String park : table.parks()) {
            List<Integer> years = f.years().stream().filter(y -> y.park().equals(park)).map(FiscalCost.Year::year).distinct().sorted().toList();
            h.append("<table class=\"fiscal\">\n<tr><th>").append(table.parks().size() > 1 ? esc(park) : "variant").append("</th>");
            for (int y : years) h.append("<th>").append(y).append("</th>");
            h.append("</tr>\n");
            for (String v : table.variants()) {
                h.append("<tr><td>").append(esc(report.labels().named(v))).append("</td>");
                for (int y : years) {
                    FiscalCost.Year row = f.years().stream().filter(x -> x.park().equals(park) && x.variant().equals(v) && x.year() == y)
                            .findFirst().orElse(null);
                    h.append("<td class=\"n\">").append(row == null ? "" : Display.num(row.netCny() / 1e6) + " (" + Display.num(row.cumulativeCny() / 1e6) + ")")
                            .append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<table class=\"fiscal\">\n<tr><th>variant</th>").append(table.parks().size() > 1 ? "<th>park</th>" : "")
                .append("<th>extra net cost to the end, ¥M</th><th>¥M per additional signed tenant [95% CI]</th><th>¥M per additional job [95% CI]</th></tr>\n");
        for (FiscalCost.Against a : f.against()) {
            h.append("<tr><td>").append(esc(report.labels().named(a.variant()))).append("</td>").append(table.parks().size() > 1 ? "<td>" + esc(a.park()) + "</td>" : "")
                    .append("<td class=\"n\">").append(Display.num(a.extraNetCny() / 1e6)).append("</td><td class=\"n\">")
                    .append(esc(perUnit(a.perTenant()))).append("</td><td class=\"n\">").append(esc(perUnit(a.perJob()))).append("</td></tr>\n");
        }
        return h.append("</table>\n<p class=\"meta note\">Against the baseline, runs paired by seed, to ").append(f.against().isEmpty() ? "" : f.against().get(0).to())
                .append(": the extra cumulative net cost divided by the extra tenants signed (or jobs), with Fieller's 95% interval "
                        + "(negative: the extra tax exceeds the extra incentives); ")
                .append("none where the extra tenants' (jobs') CI includes 0.</p>\n").toString();
    }

    private static String perUnit(Ratio q) {
        if (!q.given()) return "NA: " + q.note();
        return Display.num(q.estimate()) + " [" + Display.num(q.low()) + ", " + Display.num(q.high()) + "]";
    }
}
