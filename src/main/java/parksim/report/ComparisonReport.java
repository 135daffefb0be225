package parksim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import parksim.core.CalendarMonth;
import parksim.core.Metric;
import parksim.results.BudgetColumnsReader;
import parksim.results.FirmsReader;
import parksim.results.ResultSet;

/**
 * Everything {@code compare} derives from the results, and writes: the comparison table, the grid's labels,
 * the rankings and verdict, additionality, budget use, Shapley shares (for a Shapley sweep), and the charts.
 *
 * @param outcome the metric the verdict ranks on, or null when only costs are compared
 */
public record ComparisonReport(ResultSet results, ComparisonTable table, VariantLabels labels, Metric outcome,
                               List<Ranking.Result> rankings, List<String> verdict, List<Additionality.Row> additionality,
                               List<BudgetUseTable.Row> budget, List<Shapley.Result> shapley, ReportOrigin origin, FiscalCost.Result fiscal) {

    /** @param command the command line that made the report, as shown in its heading */
    public static ComparisonReport of(ResultSet results, ComparisonTable table, Metric outcome, String command) {
        VariantLabels labels = VariantLabels.of(results);
        List<Ranking.Result> rankings = Ranking.of(results, table);
        List<String> verdict = outcome == null ? List.of() : Verdict.paragraphs(table, rankings, labels, outcome);
        boolean anyFirms = results.variants().stream().anyMatch(FirmsReader::available);
        List<Additionality.Row> additionality = Additionality.of(results, table.baseline(), anyFirms,
                anyFirms ? FirmsReader.readAll(results, table.baseline()) : Map.of());
        return new ComparisonReport(results, table, labels, outcome, rankings, verdict, additionality,
                BudgetUseTable.of(BudgetColumnsReader.read(results)), Shapley.of(results, table, labels), ReportOrigin.of(results, command),
                FiscalCost.of(results, table.baseline(), table.dates().get(table.dates().size() - 1)));
    }

    /** The recommendation in plain words with the limits that bind it, as the report's first screen gives it. */
    public List<String> recommendation() {
        return outcome == null ? List.of() : ReportFront.plainRecommendations(this);
    }

    /** Writes every file; {@code file} maps a file name to its path in the (staging) output folder. */
    public void write(Function<String, Path> file) throws IOException {
        ComparisonCsv.write(table, labels, file.apply("comparison.csv"), file.apply("targets.csv"));
        RankingCsv.write(rankings, labels, file.apply("ranking.csv"));
        if (!additionality.isEmpty()) AdditionalityCsv.write(additionality, table.baseline(), labels, file.apply("additionality.csv"));
        if (!budget.isEmpty()) BudgetCsv.write(budget, labels, file.apply("budget.csv"));
        if (!shapley.isEmpty()) ShapleyCsv.write(shapley, file.apply("shapley.csv"));
        List<ChartWriter.Chart> charts = charts();
        for (ChartWriter.Chart c : charts) Files.write(file.apply(c.file()), c.png());
        HtmlReport.write(file.apply("report.html"), this, charts);
    }

    /** The Shapley attributions the report shows (all are in shapley.csv): the verdict's outcome and the spend, at the last date. */
    boolean shown(Shapley.Result s) {
        return (s.metric() == outcome || s.metric() == Metric.SPEND_CUM) && s.date().equals(table.dates().get(table.dates().size() - 1));
    }

    private List<ChartWriter.Chart> charts() {
        List<ChartWriter.Chart> charts = new ArrayList<>();
        CalendarMonth last = table.dates().get(table.dates().size() - 1);
        for (String p : table.parks()) {
            if (outcome != null) charts.add(ChartWriter.costOutcome(table, labels, p, outcome, last));
            for (Metric m : table.metrics()) {
                for (CalendarMonth d : table.dates()) charts.add(ChartWriter.differences(table, labels, p, m, d));
            }
        }
        for (String p : table.parks()) {
            for (Metric m : table.metrics()) charts.add(ChartWriter.fan(results, labels, table.baseline(), p, m, table.dates()));
        }
        for (Shapley.Result s : shapley) if (shown(s)) charts.add(ChartWriter.shapley(s));
        return charts;
    }
}
