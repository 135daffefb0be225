package parksim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.math3.stat.StatUtils;
import parksim.core.CalendarMonth;
import parksim.results.CsvInput;
import parksim.results.ResultSet;
import parksim.results.RunKey;
import parksim.results.TimeseriesReader;

/**
 * Each variant's use of its parks' incentive budgets, from the columns {@code summary.csv} has when the
 * model tracks budgets ({@code budget_cny, budget_out_month, unpaid_cum_cny, turned_away_no_floor_cum,
 * signed_with_incentive_share}): mean spend against budget, the share of runs whose budget ran out and the
 * median month it did, unpaid promises, firms turned away for want of floor, and the share of signed firms
 * with an incentive. Older result folders lack the columns; then there is no budget table.
 */
public final class BudgetUse {
    public static final List<String> COLUMNS = List.of("budget_cny", "budget_out_month", "unpaid_cum_cny", "turned_away_no_floor_cum",
            "signed_with_incentive_share", "spend_cum_cny");

    /** @param outMonthMedian the median month the budget ran out, over the runs where it did (null if none) */
    public record Row(String variant, String park, int runs, double budgetCny, double spendCny, double outShare, CalendarMonth outMonthMedian,
                      double unpaidCny, double turnedAway, double signedWithIncentiveShare) {
        public double spentShare() { return budgetCny > 0 ? spendCny / budgetCny : Double.NaN; }
    }

    private BudgetUse() {}

    /** The rows for every variant and park; empty when some variant's summary.csv lacks the budget columns. */
    public static List<Row> of(ResultSet results) {
        List<Row> rows = new ArrayList<>();
        for (ResultSet.Variant v : results.variants()) {
            if (v.files().summary() == null) return List.of();
            List<Row> own = read(v, results.parks());
            if (own == null) return List.of();
            rows.addAll(own);
        }
        return rows;
    }

    /** Null when the file lacks a budget column. */
    private static List<Row> read(ResultSet.Variant v, List<String> parks) {
        Set<String> runIds = v.data().runs().stream().map(RunKey::id).collect(Collectors.toSet());
        boolean sweep = v.files().sweep();
        List<Row> rows = new ArrayList<>();
        try (CsvInput in = CsvInput.open(v.files().summary())) {
            for (String c : COLUMNS) if (!in.has(c)) return null;
            int runId = in.column("run_id", "the run");
            int scenario = in.column("scenario", "the scenario");
            int variant = in.column("variant", "the variant");
            int park = in.column("park", "the park");
            int[] col = COLUMNS.stream().mapToInt(c -> in.column(c, "budget use")).toArray();
            List<List<CalendarMonth>> outMonths = new ArrayList<>();
            List<List<double[]>> acc = new ArrayList<>();
            for (int p = 0; p < parks.size(); p++) {
                outMonths.add(new ArrayList<>());
                acc.add(new ArrayList<>());
            }
            for (CsvInput.Row row : in) {
                int p = parks.indexOf(row.text(park));
                if (p < 0 || !runIds.contains(row.text(runId))) continue;
                if (!TimeseriesReader.variantKey(sweep, row.text(scenario), row.text(variant)).equals(v.data().key())) continue;
                acc.get(p).add(new double[] {orNaN(row, col[0]), row.raw(col[1]).isBlank() ? 0 : 1, orNaN(row, col[2]), orNaN(row, col[3]),
                        orNaN(row, col[4]), orNaN(row, col[5])});
                if (!row.raw(col[1]).isBlank()) outMonths.get(p).add(row.month(col[1]));
            }
            for (int p = 0; p < parks.size(); p++) rows.add(row(v.name(), parks.get(p), acc.get(p), outMonths.get(p)));
        }
        return rows;
    }

    private static Row row(String variant, String park, List<double[]> runs, List<CalendarMonth> outMonths) {
        double[][] columns = new double[6][runs.size()];
        for (int r = 0; r < runs.size(); r++) for (int c = 0; c < 6; c++) columns[c][r] = runs.get(r)[c];
        List<CalendarMonth> sorted = outMonths.stream().sorted().toList();
        CalendarMonth median = sorted.isEmpty() ? null : sorted.get((sorted.size() - 1) / 2);
        return new Row(variant, park, runs.size(), mean(columns[0]), mean(columns[5]), mean(columns[1]), median, mean(columns[2]),
                mean(columns[3]), mean(columns[4]));
    }

    /** A number, or NaN for an empty cell (a share of no signed firms). */
    private static double orNaN(CsvInput.Row row, int column) {
        return row.raw(column).isBlank() ? Double.NaN : row.number(column);
    }

    /** The mean of the values that are known. */
    private static double mean(double[] v) {
        double[] known = java.util.Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
        return known.length == 0 ? Double.NaN : StatUtils.mean(known);
    }
}
