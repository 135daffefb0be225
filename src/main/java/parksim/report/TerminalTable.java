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
    /** Terminal lines are kept to this many characters: wider tables are printed in blocks of variants. */
    static final int MAX_WIDTH = 120;

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
                int baseline = table.variants().indexOf(table.baseline()) + 1;
                List<List<Integer>> blocks = blocks(widths, baseline);
                for (int b = 0; b < blocks.size(); b++) {
                    if (b > 0) out.println();
                    for (List<String> line : lines) out.println(render(line, widths, blocks.get(b)));
                }
            }
        }
        out.println("  * p < 0.05, ** p < 0.01, *** p < 0.001 (t-test, Holm-adjusted); NA: fewer than two runs or no variation");
        out.flush();
    }

    /**
     * The variant columns in blocks that fit {@link #MAX_WIDTH} characters, the baseline's column (if any) repeated
     * first in each; one block of every column when they fit.
     */
    static List<List<Integer>> blocks(int[] widths, int baseline) {
        List<List<Integer>> blocks = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int used = 2 + widths[0] + (baseline > 0 ? 3 + widths[baseline] : 0);
        for (int i = 1; i < widths.length; i++) {
            if (i == baseline) continue;
            if (!current.isEmpty() && used + 3 + widths[i] > MAX_WIDTH) {
                blocks.add(current);
                current = new ArrayList<>();
                used = 2 + widths[0] + (baseline > 0 ? 3 + widths[baseline] : 0);
            }
            current.add(i);
            used += 3 + widths[i];
        }
        if (!current.isEmpty() || blocks.isEmpty()) blocks.add(current);
        if (baseline > 0) for (List<Integer> b : blocks) b.add(0, baseline);
        return blocks;
    }

    private static String render(List<String> line, int[] widths, List<Integer> block) {
        StringBuilder s = new StringBuilder("  ").append(pad(line.get(0), widths[0]));
        for (int i : block) s.append("   ").append(pad(line.get(i), widths[i]));
        return s.toString().stripTrailing();
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
