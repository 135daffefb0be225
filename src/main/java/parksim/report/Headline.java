package parksim.report;

import parksim.core.Quantiles;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import parksim.core.Metric;
import parksim.observe.ParkMonth;
import parksim.observe.TargetResult;
import parksim.scenario.TargetSpec;

/**
 * The end-of-run text: each park's headline figures at the end of the run, and each target's
 * result, in an analyst's units ({@link AnalystUnits}). Over several replications a figure shows as
 * its median and 90 % range (5th–95th percentile).
 */
public final class Headline {
    private record Figure(Metric metric, String label, String countWord) {}

    /** The figures shown, with their labels and, for counts, what is counted. */
    private static final List<Figure> FIGURES = List.of(
            new Figure(Metric.TENANTS_SIGNED_CUM, "tenants signed (cumulative)", "firms"),
            new Figure(Metric.TENANTS_OPEN, "tenants open", "firms"),
            new Figure(Metric.OUTPUT_12M, "output, last 12 months", ""),
            new Figure(Metric.EMPLOYMENT, "employment", "jobs"),
            new Figure(Metric.INVESTMENT_CUM, "investment announced", ""),
            new Figure(Metric.INVESTMENT_REALISED_CUM, "investment realised", ""),
            new Figure(Metric.CHAIN_COMPLETENESS, "chain completeness", ""),
            new Figure(Metric.SPEND_CUM, "incentive spend, cumulative", ""));

    private final Map<String, Map<Metric, DescriptiveStatistics>> byPark = new LinkedHashMap<>();
    private final Map<String, List<TargetResult>> targets = new LinkedHashMap<>();
    private final Map<String, List<String>> budgetOut = new LinkedHashMap<>();
    private int runs;

    /**
     * Adds one run's budget figures from its {@code summary.csv} rows ({@code header} names the columns):
     * the month each park's budget ran out, if it did.
     */
    public void addBudgets(List<String> header, List<List<String>> summaryRows) {
        int park = header.indexOf("park"), out = header.indexOf("budget_out_month");
        if (park < 0 || out < 0) return;
        for (List<String> row : summaryRows) {
            List<String> months = budgetOut.computeIfAbsent(row.get(park), k -> new ArrayList<>());
            if (!row.get(out).isEmpty()) months.add(row.get(out));
        }
    }

    /** Adds one run: each park's last month, and the run's target checks. */
    public void add(List<ParkMonth> lastMonths, List<TargetResult> results) {
        runs++;
        for (ParkMonth last : lastMonths) {
            Map<Metric, DescriptiveStatistics> stats = byPark.computeIfAbsent(last.park(), p -> new LinkedHashMap<>());
            for (Figure f : FIGURES) stats.computeIfAbsent(f.metric(), k -> new DescriptiveStatistics()).addValue(last.get(f.metric()));
        }
        for (TargetResult r : results) targets.computeIfAbsent(r.target().id(), k -> new ArrayList<>()).add(r);
    }

    private void printBudgetWarnings(PrintWriter out) {
        for (Map.Entry<String, List<String>> e : budgetOut.entrySet()) {
            List<String> months = e.getValue();
            if (months.isEmpty()) continue;
            List<String> sorted = months.stream().sorted().toList();
            out.printf(Locale.ROOT, "%nwarning: park %s's incentive budget ran out within the horizon in %d of %d %s "
                    + "(first cut %s, median %s): later offers were scaled down or withheld, or payments owed, see budget_out_month, unpaid_cny and arrears_cny%n",
                    e.getKey(), months.size(), runs, runs == 1 ? "run" : "runs", sorted.get(0), sorted.get((sorted.size() - 1) / 2));
        }
    }

    public void print(PrintWriter out, String endMonth) {
        boolean many = runs > 1;
        for (Map.Entry<String, Map<Metric, DescriptiveStatistics>> park : byPark.entrySet()) {
            out.printf(Locale.ROOT, "%npark %s at %s%s%n", park.getKey(), endMonth,
                    many ? ": median of " + runs + " runs [90 % range: 5th – 95th percentile]" : "");
            for (Figure f : FIGURES) out.println(figureLine(f, park.getValue().get(f.metric()), many));
        }
        printBudgetWarnings(out);
        if (!targets.isEmpty()) {
            out.printf("%ntargets%n");
            for (List<TargetResult> results : targets.values()) out.println(targetLine(results, many));
        }
        out.flush();
    }

    /** One figure's row: label, value right-aligned, its unit, and over several runs the 90 % range. */
    private static String figureLine(Figure f, DescriptiveStatistics s, boolean many) {
        Metric.Unit unit = f.metric().unit();
        double value = many ? Quantiles.r7(s, 50) : s.getValues()[0];
        String line = String.format(Locale.ROOT, "  %-30s %9s %-5s", f.label(), AnalystUnits.number(unit, value),
                AnalystUnits.unit(unit, f.countWord()));
        if (many) {
            line += String.format(Locale.ROOT, " [%s – %s]", AnalystUnits.number(unit, Quantiles.r7(s, 5)),
                    AnalystUnits.number(unit, Quantiles.r7(s, 95)));
        }
        return line.stripTrailing();
    }

    /** One target's line: whether it was met (in how many runs) and the simulated value against the target. */
    private static String targetLine(List<TargetResult> results, boolean many) {
        TargetSpec t = results.get(0).target();
        DescriptiveStatistics values = new DescriptiveStatistics();
        int met = 0;
        for (TargetResult r : results) {
            if (!r.reached()) continue;
            values.addValue(r.value());
            if (r.met()) met++;
        }
        // The figure is shown only when it says more than the id ("Y7 [Y7]" says nothing).
        String figure = t.figure() == null || t.figure().equals(t.id()) ? "" : " [" + t.figure() + "]";
        String name = "  " + t.id() + figure + " " + t.description();
        if (values.getN() == 0) return String.format(Locale.ROOT, "%s: not reached (the run ends before %s)", name, t.lastMonth());
        Metric.Unit unit = t.metric().unit();
        String target = t.comparison().symbol() + " " + AnalystUnits.amount(unit, t.value())
                + (t.tolerance() > 0 ? " ± " + AnalystUnits.amount(unit, t.tolerance()) : "");
        if (!many) {
            return String.format(Locale.ROOT, "%s: %s (simulated %s, target %s)", name, met == 1 ? "met" : "not met",
                    AnalystUnits.amount(unit, values.getValues()[0]), target);
        }
        return String.format(Locale.ROOT, "%s: met in %d of %d runs (%.0f %%); simulated median %s [%s – %s], target %s",
                name, met, values.getN(), 100.0 * met / values.getN(), AnalystUnits.amount(unit, Quantiles.r7(values, 50)),
                AnalystUnits.amount(unit, Quantiles.r7(values, 5)), AnalystUnits.amount(unit, Quantiles.r7(values, 95)), target);
    }
}
