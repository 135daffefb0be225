package parksim.calibrate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;
import parksim.core.Fmt;
import parksim.report.CsvOutput;

/**
 * Which parameters the targets pin down: for each free parameter, a profile of the objective and the spread of
 * its posterior draws.
 *
 * <p>The profile is a stated approximation of the profile likelihood (the best objective with the parameter
 * fixed and the others re-fitted): the lower envelope of every point evaluated — the optimiser's points and the
 * posterior sampler's — in {@link #BINS} equal bins of the parameter's range. The sampler's first generation is a
 * Sobol design over the whole box, so most bins have points; the envelope is an upper bound on the true profile.
 *
 * <p>Verdict: <b>pinned</b> when the posterior's 90 % range covers less than half of the parameter's range and
 * the profile rises above ε within the bounds; <b>weakly pinned</b> when it covers less than 80 %; otherwise
 * <b>not pinned</b> — the figures do not tell its values apart.
 */
public final class Identifiability {
    public static final int BINS = 12;

    /** One parameter's verdict. */
    public record Line(FreeParameter parameter, double fitted, double mean, double p05, double p95, double rangeShare,
                       double profileShareWithin, String verdict) {}

    /** One bin of a profile. */
    public record Bin(double low, double high, double best, int points) {}

    private Identifiability() {}

    public static List<Bin> profile(List<double[]> values, List<Double> objectives, int parameter, FreeParameter p) {
        double[] best = new double[BINS];
        int[] count = new int[BINS];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int k = 0; k < values.size(); k++) {
            int b = Math.min(BINS - 1, (int) Math.floor(p.toUnit(values.get(k)[parameter]) * BINS));
            best[b] = Math.min(best[b], objectives.get(k));
            count[b]++;
        }
        List<Bin> bins = new ArrayList<>();
        double width = (p.max() - p.min()) / BINS;
        for (int b = 0; b < BINS; b++) bins.add(new Bin(p.min() + b * width, p.min() + (b + 1) * width, best[b], count[b]));
        return bins;
    }

    public static Line judge(FreeParameter p, double fitted, double[] draws, double[] weights, List<Bin> profile, double epsilon) {
        double total = 0;
        double mean = 0;
        for (int j = 0; j < draws.length; j++) {
            total += weights[j];
            mean += weights[j] * draws[j];
        }
        mean /= total;
        double p05 = WeightedQuantile.of(draws, weights, 0.05);
        double p95 = WeightedQuantile.of(draws, weights, 0.95);
        double share = (p95 - p05) / (p.max() - p.min());
        long filled = profile.stream().filter(b -> b.points() > 0).count();
        long within = profile.stream().filter(b -> b.points() > 0 && b.best() <= epsilon).count();
        double profileShare = filled == 0 ? Double.NaN : within / (double) filled;
        String verdict = share < 0.5 && profileShare < 1 ? "pinned" : share < 0.8 ? "weakly pinned" : "not pinned";
        return new Line(p, fitted, mean, p05, p95, share, profileShare, verdict);
    }

    public static void writeProfiles(Path file, List<FreeParameter> params, List<List<Bin>> profiles) {
        try (CsvOutput out = new CsvOutput(file, List.of("parameter", "bin", "value_low", "value_high", "best_objective", "points"))) {
            for (int i = 0; i < params.size(); i++) {
                for (int b = 0; b < profiles.get(i).size(); b++) {
                    Bin bin = profiles.get(i).get(b);
                    out.row(List.of(params.get(i).name(), Integer.toString(b + 1), Fmt.number(bin.low()), Fmt.number(bin.high()),
                            bin.points() == 0 ? "" : Double.toString(bin.best()), Integer.toString(bin.points())));
                }
            }
        }
    }

    public static void writeVerdicts(Path file, List<Line> lines) {
        try (CsvOutput out = new CsvOutput(file, List.of("parameter", "min", "max", "fitted", "posterior_mean", "posterior_p05",
                "posterior_p95", "posterior_range_share", "profile_share_within_epsilon", "verdict"))) {
            for (Line l : lines) {
                out.row(List.of(l.parameter().name(), Fmt.number(l.parameter().min()), Fmt.number(l.parameter().max()), Fmt.number(l.fitted()),
                        Fmt.number(l.mean()), Fmt.number(l.p05()), Fmt.number(l.p95()), Fmt.share(l.rangeShare()),
                        Fmt.share(l.profileShareWithin()), l.verdict()));
            }
        }
    }

    /** The profile as a PNG: best objective (log scale) against the parameter, with ε and the fitted value marked. */
    public static void writeChart(Path file, FreeParameter p, List<Bin> profile, double epsilon, double fitted) {
        XYSeries series = new XYSeries(p.name());
        for (Bin b : profile) if (b.points() > 0 && b.best() > 0) series.add((b.low() + b.high()) / 2, b.best());
        JFreeChart chart = ChartFactory.createXYLineChart("Profile of " + p.name() + " (lower envelope of evaluated points)", p.name(),
                "best objective", new XYSeriesCollection(series), PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        chart.getTitle().setFont(new Font("SansSerif", Font.BOLD, 14));
        LogAxis axis = new LogAxis("best objective (log scale)");
        axis.setNumberFormatOverride(new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        plot.setRangeAxis(axis);
        plot.getRenderer().setSeriesPaint(0, new Color(0x1f77b4));
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(2f));
        ValueMarker eps = new ValueMarker(epsilon, new Color(0xd62728), new BasicStroke(1f));
        eps.setLabel(String.format(Locale.ROOT, "ε = %s (accepted below)", Fmt.number(epsilon)));
        eps.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        eps.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(eps);
        ValueMarker fit = new ValueMarker(fitted, new Color(0x2ca02c), new BasicStroke(1f));
        fit.setLabel("fitted");
        plot.addDomainMarker(fit);
        plot.getDomainAxis().setRange(p.min(), p.max());
        try {
            ChartUtilities.saveChartAsPNG(file.toFile(), chart, 640, 400);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
