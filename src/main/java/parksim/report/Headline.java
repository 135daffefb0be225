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
 * result. Over several replications a figure shows as its median and 90 % range (5th–95th percentile).
 */
public final class Headline {
    private record Figure(Metric metric, String label, double scale) {}

    /** The figures shown, with their labels and the scale they are shown in. */
    private static final List<Figure> FIGURES = List.of(
            new Figure(Metric.TENANTS_SIGNED_CUM, "tenants signed (cumulative)", 1.0),
            new Figure(Metric.TENANTS_OPEN, "tenants open", 1.0),
            new Figure(Metric.OUTPUT_12M, "output, last 12 months (¥M)", 1e6),
            new Figure(Metric.EMPLOYMENT, "employment", 1.0),
            new Figure(Metric.INVESTMENT_CUM, "investment attracted (¥M)", 1e6),
            new Figure(Metric.CHAIN_COMPLETENESS, "chain completeness", 1.0),
            new Figure(Metric.SPEND_CUM, "incentive spend, cumulative (¥M)", 1e6));

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
            out.printf(Locale.ROOT, "%nwarning: park %s's incentive budget ran out within the horizon in %d of %d run(s) "
                    + "(first cut %s, median %s): later offers were scaled down or withheld, or payments owed, see budget_out_month, unpaid_cny and arrears_cny%n",
                    e.getKey(), months.size(), runs, sorted.get(0), sorted.get((sorted.size() - 1) / 2));
        }
    }

    public void print(PrintWriter out, String endMonth) {
        boolean many = runs > 1;
        for (Map.Entry<String, Map<Metric, DescriptiveStatistics>> park : byPark.entrySet()) {
            out.printf(Locale.ROOT, "%npark %s at %s%s%n", park.getKey(), endMonth, many ? "  (median [5% – 95%] of " + runs + " runs)" : "");
            for (Figure f : FIGURES) {
                DescriptiveStatistics s = park.getValue().get(f.metric());
                double scale = f.scale();
                String value = many
                        ? String.format(Locale.ROOT, "%s  [%s – %s]", num(Quantiles.r7(s, 50) / scale), num(Quantiles.r7(s, 5) / scale), num(Quantiles.r7(s, 95) / scale))
                        : num(s.getValues()[0] / scale);
                out.printf(Locale.ROOT, "  %-36s %s%n", f.label(), value);
            }
        }
        printBudgetWarnings(out);
        if (!targets.isEmpty()) {
            out.printf("%ntargets%n");
            for (List<TargetResult> results : targets.values()) {
                TargetSpec t = results.get(0).target();
                DescriptiveStatistics values = new DescriptiveStatistics();
                int met = 0;
                for (TargetResult r : results) {
                    if (!r.reached()) continue;
                    values.addValue(r.value());
                    if (r.met()) met++;
                }
                String figure = t.figure() == null ? "" : " [" + t.figure() + "]";
                if (values.getN() == 0) {
                    out.printf(Locale.ROOT, "  %s%s %s: not reached (the run ends before %s)%n", t.id(), figure, t.description(), t.lastMonth());
                    continue;
                }
                double scale = t.metric().unit() == Metric.Unit.MONEY ? 1e6 : 1.0;
                String unit = scale == 1e6 ? " ¥M" : "";
                String target = String.format(Locale.ROOT, "%s %s%s", t.comparison().symbol(), num(t.value() / scale), t.tolerance() > 0 ? " ± " + num(t.tolerance() / scale) : "");
                if (many) {
                    out.printf(Locale.ROOT, "  %s%s %s: met in %d of %d runs (%.0f%%); simulated median %s%s [%s – %s], target %s%n",
                            t.id(), figure, t.description(), met, values.getN(), 100.0 * met / values.getN(),
                            num(Quantiles.r7(values, 50) / scale), unit, num(Quantiles.r7(values, 5) / scale), num(Quantiles.r7(values, 95) / scale), target);
                } else {
                    out.printf(Locale.ROOT, "  %s%s %s: %s (simulated %s%s, target %s)%n", t.id(), figure, t.description(),
                            met == 1 ? "met" : "not met", num(values.getValues()[0] / scale), unit, target);
                }
            }
        }
        out.flush();
    }

    private static String num(double v) {
        if (Math.abs(v) >= 100 || v == Math.rint(v)) return String.format(Locale.ROOT, "%.0f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
