package parksim.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the target checks of {@code summary.csv} ({@code target_<id>_met}: 1, 0, or empty where the run
 * ended first) for each variant, counting only the runs that count.
 */
public final class TargetReader {
    private static final String PREFIX = "target_";
    private static final String MET = "_met";

    private TargetReader() {}

    /** Variant key → target id → tally; empty if there is no summary file. */
    public static Map<String, Map<String, TargetTally>> read(ResultFiles files, String park, RunStatus status) {
        Map<String, Map<String, TargetTally>> byVariant = new LinkedHashMap<>();
        if (files.summary() == null) return byVariant;
        try (CsvInput in = CsvInput.open(files.summary())) {
            in.checkingCells(ResultColumns.summaryOrRuns(in.header()));
            int runId = in.column("run_id", "which run a row belongs to");
            int scenario = in.column("scenario", "the scenario, which names a run folder's variant");
            int variant = in.column("variant", "the policy variant");
            int parkColumn = in.column("park", "the park");
            List<String> header = in.header();
            Map<String, int[]> targets = new LinkedHashMap<>();
            for (String column : header) {
                if (column.startsWith(PREFIX) && column.endsWith(MET) && column.length() > PREFIX.length() + MET.length()) {
                    String id = column.substring(PREFIX.length(), column.length() - MET.length());
                    String valueColumn = PREFIX + id + "_value";
                    targets.put(id, new int[] {in.column(column, ""), in.has(valueColumn) ? in.column(valueColumn, "") : -1});
                }
            }
            for (CsvInput.Row row : in) {
                if (!status.counts(row.text(runId))) continue;
                if (park != null && !park.equals(row.text(parkColumn))) continue;
                String key = TimeseriesReader.variantKey(files.sweep(), row.text(scenario), row.text(variant));
                Map<String, TargetTally> tallies = byVariant.computeIfAbsent(key, k -> new LinkedHashMap<>());
                for (Map.Entry<String, int[]> t : targets.entrySet()) {
                    int met = t.getValue()[0];
                    String cell = row.raw(met).trim();
                    if (cell.isEmpty()) continue; // the run ended before the target's months, or another park's target
                    if (!cell.equals("1") && !cell.equals("0")) throw row.bad(met, "1 (met), 0 (not met) or an empty cell", "\"" + cell + "\"");
                    int value = t.getValue()[1];
                    double v = value < 0 || row.raw(value).isBlank() ? Double.NaN : row.number(value);
                    tallies.computeIfAbsent(t.getKey(), k -> new TargetTally()).add(cell.equals("1"), v);
                }
            }
        }
        return byVariant;
    }
}
