package parksim.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import parksim.core.CalendarMonth;

/**
 * Reads the budget columns of each variant's {@code summary.csv} ({@code budget_cny, budget_out_month, unpaid_cum_cny,
 * turned_away_no_floor_cum, signed_with_incentive_share, spend_cum_cny}), run by run, for the runs the comparison
 * counts. Older result folders lack the columns.
 */
public final class BudgetColumnsReader {
    public static final List<String> COLUMNS = List.of("budget_cny", "budget_out_month", "unpaid_cum_cny", "turned_away_no_floor_cum",
            "signed_with_incentive_share", "spend_cum_cny");

    /**
     * One run's budget figures at one park; NaN for an empty cell (a share of no signed firms).
     *
     * @param outMonth the month the budget ran out, or null if it lasted
     */
    public record Run(double budgetCny, CalendarMonth outMonth, double unpaidCny, double turnedAway, double signedWithIncentiveShare,
                      double spendCny) {}

    private BudgetColumnsReader() {}

    /**
     * Variant name → park → its runs, in the order of the results' variants and parks; empty when some variant
     * has no summary.csv or its summary.csv lacks a budget column.
     */
    public static Map<String, Map<String, List<Run>>> read(ResultSet results) {
        Map<String, Map<String, List<Run>>> out = new LinkedHashMap<>();
        for (ResultSet.Variant v : results.variants()) {
            if (v.files().summary() == null) return Map.of();
            Map<String, List<Run>> own = read(v, results.parks());
            if (own == null) return Map.of();
            out.put(v.name(), own);
        }
        return out;
    }

    /** Null when the file lacks a budget column. */
    private static Map<String, List<Run>> read(ResultSet.Variant v, List<String> parks) {
        Set<String> runIds = v.data().runs().stream().map(RunKey::id).collect(Collectors.toSet());
        boolean sweep = v.files().sweep();
        Map<String, List<Run>> byPark = new LinkedHashMap<>();
        for (String p : parks) byPark.put(p, new ArrayList<>());
        try (CsvInput in = CsvInput.open(v.files().summary())) {
            for (String c : COLUMNS) if (!in.has(c)) return null;
            int runId = in.column("run_id", "the run");
            int scenario = in.column("scenario", "the scenario");
            int variant = in.column("variant", "the variant");
            int park = in.column("park", "the park");
            int[] col = COLUMNS.stream().mapToInt(c -> in.column(c, "budget use")).toArray();
            for (CsvInput.Row row : in) {
                List<Run> runs = byPark.get(row.text(park));
                if (runs == null || !runIds.contains(row.text(runId))) continue;
                if (!TimeseriesReader.variantKey(sweep, row.text(scenario), row.text(variant)).equals(v.data().key())) continue;
                CalendarMonth out = row.raw(col[1]).isBlank() ? null : row.month(col[1]);
                runs.add(new Run(orNaN(row, col[0]), out, orNaN(row, col[2]), orNaN(row, col[3]), orNaN(row, col[4]), orNaN(row, col[5])));
            }
        }
        return byPark;
    }

    private static double orNaN(CsvInput.Row row, int column) {
        return row.raw(column).isBlank() ? Double.NaN : row.number(column);
    }
}
