package parksim.results;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sweep's {@code runs.csv}: which runs finished ({@code status} {@code ok}) and so count. Without a
 * {@code runs.csv}, as in a {@code run} folder, every run in the files counts.
 */
public final class RunStatus {
    private final Map<String, Boolean> ok;
    private final Map<String, int[]> failedOfVariant;

    private RunStatus(Map<String, Boolean> ok, Map<String, int[]> failedOfVariant) {
        this.ok = ok;
        this.failedOfVariant = failedOfVariant;
    }

    /** Every run counts. */
    public static RunStatus all() {
        return new RunStatus(null, Map.of());
    }

    public static RunStatus read(Path runsCsv) {
        if (runsCsv == null) return all();
        Map<String, Boolean> ok = new HashMap<>();
        Map<String, int[]> failed = new LinkedHashMap<>();
        try (CsvInput in = CsvInput.open(runsCsv)) {
            in.checkingCells(ResultColumns.summaryOrRuns(in.header()));
            int runId = in.column("run_id", "which run a row is about");
            int variant = in.column("variant", "the run's variant");
            int status = in.column("status", "ok or failed");
            for (CsvInput.Row row : in) {
                String id = row.text(runId);
                boolean good = row.text(status).trim().equals("ok");
                if (ok.put(id, good) != null) throw row.bad(runId, "each run listed once", "run \"" + id + "\" again");
                int[] counts = failed.computeIfAbsent(row.text(variant), v -> new int[2]);
                counts[0]++;
                if (!good) counts[1]++;
            }
        }
        return new RunStatus(ok, failed);
    }

    /** Whether a run's rows count: it is listed as ok, or there is no list. */
    public boolean counts(String runId) {
        return ok == null || Boolean.TRUE.equals(ok.get(runId));
    }

    /** Whether a run appears in the list at all (always true without a list). */
    public boolean listed(String runId) {
        return ok == null || ok.containsKey(runId);
    }

    /** Per variant of the sweep: {runs listed, runs that did not finish}. */
    public Map<String, int[]> failedOfVariant() {
        return failedOfVariant;
    }
}
