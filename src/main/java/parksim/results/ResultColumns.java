package parksim.results;

import java.util.List;
import java.util.Set;

/**
 * What each column of a result CSV ({@code timeseries.csv}, {@code summary.csv}, {@code runs.csv}) holds,
 * so that every cell is checked, also those a command does not use: a file with one bad cell is not
 * trusted for the others. By name: the run's identity and park are non-empty texts, {@code status} is
 * {@code ok} or {@code failed}, {@code date} and {@code end_date} are months, {@code budget_out_month} a month or empty, {@code replicate},
 * {@code seed}, {@code wall_ms} and {@code firm_months} whole numbers, {@code target_<id>_met} 1, 0 or empty, {@code error} and a sweep's factor
 * columns (scenario paths, which contain '.' or '[') any text; every other column is a number.
 */
public final class ResultColumns {
    private enum Kind { ID, TEXT, STATUS, MONTH, OPTIONAL_MONTH, SEED, COUNT, MET, NUMBER }

    private static final Set<String> IDS = Set.of("run_id", "scenario", "variant", "park");
    private static final Set<String> COUNTS = Set.of("replicate", "wall_ms", "firm_months");

    /** firms.csv: the firm's texts, and the month it entered each stage (empty if it never did). */
    private static final Set<String> FIRM_TEXTS = Set.of("firm_id", "name", "segment", "final_stage");
    private static final Set<String> FIRM_MONTHS = Set.of("negotiating", "signed", "fitting_out", "trial", "operating", "declined",
            "withdrawn", "exited", "listed");

    private final Kind[] kinds;
    private final boolean emptyNumbers;

    private ResultColumns(List<String> header, boolean emptyNumbers, boolean firms) {
        this.emptyNumbers = emptyNumbers;
        kinds = new Kind[header.size()];
        for (int i = 0; i < kinds.length; i++) {
            String c = header.get(i);
            kinds[i] = firms && FIRM_TEXTS.contains(c) ? Kind.ID : firms && FIRM_MONTHS.contains(c) ? Kind.OPTIONAL_MONTH : kind(c);
        }
    }

    /** {@code timeseries.csv}: every number present. */
    public static ResultColumns timeseries(List<String> header) { return new ResultColumns(header, false, false); }

    /** {@code firms.csv} (a sweep's, with {@code "firms": true}): stage months may be empty, every number present. */
    public static ResultColumns firms(List<String> header) { return new ResultColumns(header, false, true); }

    /**
     * {@code summary.csv} and {@code runs.csv}: a number may be empty (a target whose months the run did not
     * reach, the figures of a failed run).
     */
    public static ResultColumns summaryOrRuns(List<String> header) { return new ResultColumns(header, true, false); }

    private static Kind kind(String column) {
        if (IDS.contains(column)) return Kind.ID;
        if (column.equals("status")) return Kind.STATUS;
        if (column.equals("error") || column.contains(".") || column.contains("[")) return Kind.TEXT;
        if (column.equals("date") || column.equals("end_date")) return Kind.MONTH;
        if (column.equals("budget_out_month")) return Kind.OPTIONAL_MONTH;
        if (column.equals("seed")) return Kind.SEED;
        if (column.startsWith("target_") && column.endsWith("_met")) return Kind.MET;
        if (COUNTS.contains(column)) return Kind.COUNT;
        return Kind.NUMBER;
    }

    /** Checks every cell of a row; the error names the line and column of the first bad one. */
    public void check(CsvInput.Row row) {
        for (int i = 0; i < kinds.length; i++) {
            switch (kinds[i]) {
                case ID -> row.text(i);
                case TEXT -> { }
                case STATUS -> {
                    String s = row.raw(i);
                    if (!s.equals("ok") && !s.equals("failed")) throw row.bad(i, "ok or failed", row.found(s));
                }
                case MONTH -> row.month(i);
                case OPTIONAL_MONTH -> {
                    if (!row.raw(i).isEmpty()) row.month(i);
                }
                case SEED -> row.whole(i);
                case COUNT -> {
                    if (!(emptyNumbers && row.raw(i).isEmpty()) && row.whole(i) < 0) throw row.bad(i, "a whole number >= 0", row.raw(i));
                }
                case MET -> {
                    String s = row.raw(i).trim();
                    if (!s.isEmpty() && !s.equals("1") && !s.equals("0")) throw row.bad(i, "1 (met), 0 (not met) or an empty cell", row.found(s));
                }
                case NUMBER -> {
                    if (!(emptyNumbers && row.raw(i).isEmpty())) row.checkNumber(i);
                }
            }
        }
    }
}
