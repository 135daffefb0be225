package parksim.report;

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
 * headline figures in {@code runs.csv} ({@link SweepRuns}, read back from the file, so it covers resumed and merged runs too).
 */
public final class SweepReport {
    private record Figure(String column, String label, double scale) {}

    private static final List<Figure> FIGURES = List.of(
            new Figure("tenants_signed_cum", "signed", 1),
            new Figure("tenants_open", "open", 1),
            new Figure("output_12m_cny", "output 12m ¥M", 1e6),
            new Figure("chain_completeness", "completeness", 1),
            new Figure("spend_cum_cny", "spend ¥M", 1e6));

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
                stats.computeIfAbsent(f.column(), k -> new DescriptiveStatistics()).addValue(Double.parseDouble(r.get(column)) / f.scale());
            }
        }
        out.printf(Locale.ROOT, "%n%-24s %6s", "variant" + (prefix.isEmpty() ? "" : " (" + prefix.replace(":", "") + ")"), "runs");
        for (Figure f : FIGURES) out.printf(Locale.ROOT, "  %-26s", f.label() + " median [5–95%]");
        out.println();
        for (Map.Entry<String, Map<String, DescriptiveStatistics>> v : byVariant.entrySet()) {
            int[] c = counts.get(v.getKey());
            out.printf(Locale.ROOT, "%-24s %6s", v.getKey(), c[0] + (c[1] > 0 ? "+" + c[1] + "✗" : ""));
            for (Figure f : FIGURES) {
                DescriptiveStatistics s = v.getValue().get(f.column());
                out.printf(Locale.ROOT, "  %-26s", s == null || s.getN() == 0 ? "-"
                        : String.format(Locale.ROOT, "%s [%s – %s]", num(Quantiles.r7(s, 50)), num(Quantiles.r7(s, 5)), num(Quantiles.r7(s, 95))));
            }
            out.println();
        }
        out.flush();
    }

    private static String firstPark(List<String> header) {
        for (String h : header) if (h.endsWith(":tenants_signed_cum")) return h.substring(0, h.indexOf(':') + 1);
        return "";
    }

    private static String num(double v) {
        return Math.abs(v) >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
