package parksim.calibrate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import parksim.core.Quantiles;
import parksim.core.Fmt;
import parksim.core.Metric;
import parksim.results.CsvOutput;
import parksim.scenario.TargetSpec;

/**
 * The targets table: for each target, the observed value and tolerance, the simulated median and 90 %
 * interval over the replications, the share of replications within tolerance, and whether the median
 * is within tolerance.
 */
public final class FitReport {
    public static final List<String> HEADER = List.of("target", "figure", "scenario", "park", "metric", "when", "comparison",
            "observed", "tolerance", "replications", "simulated_median", "simulated_p05", "simulated_p95", "share_within_tolerance",
            "median_within_tolerance");

    /** One target's line. */
    public record Line(TargetCase target, double median, double p05, double p95, double shareWithin, int n) {
        public boolean fits() { return target.target().met(median); }
    }

    private final List<Line> lines;

    private FitReport(List<Line> lines) { this.lines = lines; }

    public static FitReport of(TargetSet targets, Evaluation evaluation) {
        List<Line> lines = new ArrayList<>();
        for (TargetCase c : targets.cases()) {
            double[] values = evaluation.simulated().get(c.target().id());
            DescriptiveStatistics s = new DescriptiveStatistics(values);
            int within = 0;
            for (double v : values) if (c.target().met(v)) within++;
            lines.add(new Line(c, Quantiles.r7(s, 50), Quantiles.r7(s, 5), Quantiles.r7(s, 95), within / (double) values.length, values.length));
        }
        return new FitReport(lines);
    }

    public List<Line> lines() { return lines; }

    public boolean allFit() { return lines.stream().allMatch(Line::fits); }

    private static String when(TargetSpec t) {
        return t.metric().isFlow() ? t.from() + ".." + t.to() : t.date().toString();
    }

    public void writeCsv(Path file) {
        try (CsvOutput out = new CsvOutput(file, HEADER)) {
            for (Line l : lines) {
                TargetSpec t = l.target().target();
                out.row(List.of(t.id(), t.figure(), l.target().scenario(), t.park(), l.target().metricName(), when(t), t.comparison().symbol(),
                        Fmt.number(t.value()), Fmt.number(t.tolerance()), Integer.toString(l.n()), Fmt.number(l.median()),
                        Fmt.number(l.p05()), Fmt.number(l.p95()), Fmt.share(l.shareWithin()), l.fits() ? "yes" : "no"));
            }
        }
    }

    /** The table as text, money in ¥M. */
    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "%-28s %-6s %-15s %-33s %-17s %-15s %-28s %-7s %s%n", "target", "figure", "scenario", "metric",
                "when", "observed", "simulated median [5–95%]", "within", "fit");
        for (Line l : lines) {
            TargetSpec t = l.target().target();
            double scale = l.target().per() == null && t.metric().unit() == Metric.Unit.MONEY ? 1e6 : 1;
            String unit = scale == 1e6 ? "M" : "";
            String observed = t.comparison().symbol() + " " + num(t.value() / scale) + unit + (t.tolerance() > 0 ? " ±" + num(t.tolerance() / scale) : "");
            String simulated = num(l.median() / scale) + unit + " [" + num(l.p05() / scale) + " – " + num(l.p95() / scale) + "]";
            out.printf(Locale.ROOT, "%-28s %-6s %-15s %-33s %-17s %-15s %-28s %-7s %s%n", t.id(), t.figure(), l.target().scenario(),
                    l.target().metricName(), when(t), observed, simulated, String.format(Locale.ROOT, "%.0f%%", 100 * l.shareWithin()),
                    l.fits() ? "yes" : "no");
        }
        out.flush();
    }

    /** A number for the text tables: whole from 100 up, else two decimals, or three significant digits below 0.1. */
    public static String num(double v) {
        if (v != 0 && Math.abs(v) < 0.1) return String.format(Locale.ROOT, "%.3g", v);
        return Math.abs(v) >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
