package parksim.report;

import parksim.core.Metric;
import parksim.core.Quantiles;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import parksim.results.SweepRuns;

/**
 * The end-of-sweep text: per variant, its finished runs and the median and 90 % range of the
 * headline figures in {@code runs.csv} ({@link SweepRuns}, read back from the file, so it covers resumed and merged runs too),
 * in the units of {@code run}'s closing text ({@link AnalystUnits}: whole counts, percentages, ¥M with one decimal).
 */
public final class SweepReport {
    private record Figure(String column, String label, Metric.Unit unit) {}

    private static final List<Figure> FIGURES = List.of(
            new Figure("tenants_signed_cum", "signed firms", Metric.Unit.COUNT),
            new Figure("tenants_open", "open firms", Metric.Unit.COUNT),
            new Figure("output_12m_cny", "output, last 12m ¥M", Metric.Unit.MONEY),
            new Figure("chain_completeness", "chain completeness %", Metric.Unit.SHARE),
            new Figure("spend_cum_cny", "spend ¥M", Metric.Unit.MONEY));
    private static final int WIDTH = 23;

    private SweepReport() {}

    public static void print(SweepRuns runs, PrintWriter out) {
        List<CSVRecord> rows = runs.rows();
        if (rows.isEmpty()) return;
        List<String> header = runs.header();
        String prefix = header.contains("tenants_signed_cum") ? "" : firstPark(header);
        Map<String, Map<String, DescriptiveStatistics>> byVariant = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (CSVRecord r : rows) {
            String variant = r.get("variant");
            int[] c = counts.computeIfAbsent(variant, v -> new int[2]);
            Map<String, DescriptiveStatistics> stats = byVariant.computeIfAbsent(variant, v -> new LinkedHashMap<>());
            if (!"ok".equals(r.get("status"))) {
                c[1]++;
                continue;
            }
            c[0]++;
            for (Figure f : FIGURES) {
                String column = prefix + f.column();
                if (!header.contains(column)) continue;
                stats.computeIfAbsent(f.column(), k -> new DescriptiveStatistics()).addValue(Double.parseDouble(r.get(column)));
            }
        }
        printTable(out, prefix, byVariant, counts);
    }

    private static void printTable(PrintWriter out, String prefix, Map<String, Map<String, DescriptiveStatistics>> byVariant, Map<String, int[]> counts) {
        out.printf(Locale.ROOT, "%nat the end of each run: median of a variant's runs [90 %% range: 5th – 95th percentile]%n");
        // Each column as wide as its widest cell, so that a large park's figures stay under their heading.
        int[] widths = new int[FIGURES.size()];
        Map<String, String[]> cells = new LinkedHashMap<>();
        for (int k = 0; k < FIGURES.size(); k++) widths[k] = Math.max(WIDTH, FIGURES.get(k).label().length());
        for (Map.Entry<String, Map<String, DescriptiveStatistics>> v : byVariant.entrySet()) {
            String[] row = new String[FIGURES.size()];
            for (int k = 0; k < row.length; k++) {
                row[k] = cell(FIGURES.get(k), v.getValue().get(FIGURES.get(k).column()));
                widths[k] = Math.max(widths[k], row[k].length());
            }
            cells.put(v.getKey(), row);
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s %6s", "variant" + (prefix.isEmpty() ? "" : " (" + prefix.replace(":", "") + ")"), "runs"));
        for (int k = 0; k < FIGURES.size(); k++) line.append(String.format(Locale.ROOT, "  %-" + widths[k] + "s", FIGURES.get(k).label()));
        out.println(line.toString().stripTrailing());
        for (Map.Entry<String, String[]> v : cells.entrySet()) {
            int[] c = counts.get(v.getKey());
            line = new StringBuilder(String.format(Locale.ROOT, "%-24s %6s", v.getKey(), c[0] + (c[1] > 0 ? "+" + c[1] + "✗" : "")));
            for (int k = 0; k < FIGURES.size(); k++) line.append(String.format(Locale.ROOT, "  %-" + widths[k] + "s", v.getValue()[k]));
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    private static String cell(Figure f, DescriptiveStatistics st) {
        if (st == null || st.getN() == 0) return "-";
        return AnalystUnits.number(f.unit(), Quantiles.r7(st, 50)) + " [" + AnalystUnits.number(f.unit(), Quantiles.r7(st, 5))
                + " – " + AnalystUnits.number(f.unit(), Quantiles.r7(st, 95)) + "]";
    }

    private static String firstPark(List<String> header) {
        for (String h : header) if (h.endsWith(":tenants_signed_cum")) return h.substring(0, h.indexOf(':') + 1);
        return "";
    }
}
