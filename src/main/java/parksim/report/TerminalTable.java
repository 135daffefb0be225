package parksim.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Metric;

/**
 * The compact text table printed by {@code compare}: for each park and date, a row per metric and a
 * column per variant with its mean and, beside the baseline, its difference with 95 % CI and stars for
 * the Holm-adjusted t-test.
 */
public final class TerminalTable {
    private TerminalTable() {}

    public static void print(PrintWriter out, ComparisonTable table, List<Metric> metrics) {
        for (String park : table.parks()) {
            for (CalendarMonth date : table.dates()) {
                out.printf("%npark %s at %s: mean of the runs; difference from %s [95%% CI]%n", park, date, table.baseline());
                List<List<String>> lines = new ArrayList<>();
                List<String> head = new ArrayList<>();
                head.add("");
                head.addAll(table.variants());
                lines.add(head);
                for (Metric m : metrics) {
                    List<String> line = new ArrayList<>();
                    line.add(Display.label(m));
                    for (String v : table.variants()) line.add(cell(table.row(v, park, m, date)));
                    lines.add(line);
                }
                int[] widths = new int[head.size()];
                for (List<String> line : lines) {
                    for (int i = 0; i < line.size(); i++) widths[i] = Math.max(widths[i], line.get(i).length());
                }
                for (List<String> line : lines) {
                    StringBuilder s = new StringBuilder("  ");
                    for (int i = 0; i < line.size(); i++) {
                        String cell = line.get(i);
                        s.append(i == 0 ? pad(cell, widths[i]) : "   " + pad(cell, widths[i]));
                    }
                    out.println(s.toString().stripTrailing());
                }
            }
        }
        out.println("  * p < 0.05, ** p < 0.01, *** p < 0.001 (t-test, Holm-adjusted); NA: fewer than two runs or no variation");
        out.flush();
    }

    private static String cell(ComparisonRow r) {
        Metric m = r.metric();
        String mean = Display.value(m, r.sample().mean());
        if (r.isBaseline()) return mean;
        Difference d = r.difference();
        return mean + "  " + Display.signed(m, d.estimate()) + " [" + Display.value(m, d.ciLow()) + ", " + Display.value(m, d.ciHigh()) + "]"
                + Display.stars(r.tPHolm());
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
