package parksim.report;

import parksim.core.Quantiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;
import parksim.core.CalendarMonth;
import parksim.core.Metric;
import parksim.results.ResultSet;

/**
 * Draws the comparison's charts as PNG (JFreeChart), in colour-blind-safe colours: a fan chart of a metric
 * over time, the paired differences from the baseline at one date with their CIs (as the text reports them),
 * cost against outcome with the efficient frontier, and Shapley shares as bars.
 */
public final class ChartWriter {
    public static final int WIDTH = 860;
    public static final int HEIGHT = 460;
    /** Okabe and Ito's colour-blind-safe palette (yellow last: it is faint on white); beyond it, dash patterns tell lines apart. */
    private static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};
    private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {8f, 3f, 2f, 3f}};
    static final Color SIGNIFICANT = new Color(0xD55E00);
    static final Color NOT_SIGNIFICANT = new Color(0x0072B2);
    private static final BasicStroke DASHED = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);

    /** A drawn chart: its file name in the output folder, its title, and the PNG. */
    public record Chart(String file, String title, byte[] png) {}

    private ChartWriter() {}

    public static Color color(int variantIndex) {
        return PALETTE[variantIndex % PALETTE.length];
    }

    /** Each variant's line style: its colour, and past the palette's eight colours a dash pattern too. */
    static BasicStroke stroke(int variantIndex) {
        float[] dash = DASHES[(variantIndex / PALETTE.length) % DASHES.length];
        return dash == null ? new BasicStroke(2f) : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    /**
     * Every variant's median month by month with its own 90 % band (5th–95th percentile of its runs), one
     * panel per variant on a shared time axis and value range, the baseline's median dashed in each other
     * panel for reference: bands of several variants in one panel would blend into one colour.
     */
    public static Chart fan(ResultSet results, VariantLabels labels, String baseline, String park, Metric metric, List<CalendarMonth> dates) {
        NumberAxis time = new NumberAxis("year");
        time.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        time.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        time.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(6);
        YIntervalSeries base = fanSeries(results.variant(baseline), park, metric, "baseline median");
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        List<XYPlot> panels = new ArrayList<>();
        for (int i = 0; i < results.variants().size(); i++) {
            ResultSet.Variant v = results.variants().get(i);
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            YIntervalSeries own = fanSeries(v, park, metric, labels.named(v.name()));
            data.addSeries(own);
            if (!v.name().equals(baseline)) data.addSeries(base);
            for (int k = 0; k < own.getItemCount(); k++) {
                low = Math.min(low, own.getYLowValue(k));
                high = Math.max(high, own.getYHighValue(k));
            }
            DeviationRenderer renderer = new DeviationRenderer(true, false);
            renderer.setAlpha(0.25f);
            renderer.setSeriesPaint(0, color(i));
            renderer.setSeriesFillPaint(0, color(i));
            renderer.setSeriesStroke(0, new BasicStroke(2f));
            renderer.setSeriesPaint(1, Color.DARK_GRAY);
            renderer.setSeriesFillPaint(1, new Color(0, 0, 0, 0));
            renderer.setSeriesStroke(1, DASHED);
            NumberAxis axis = valueAxis(metric);
            axis.setLabel(null);
            XYPlot panel = new XYPlot(data, null, axis, renderer);
            panel.addAnnotation(new XYTitleAnnotation(0.01, 0.98, new TextTitle(labels.named(v.name()), new Font(Font.SANS_SERIF, Font.BOLD, 12)),
                    RectangleAnchor.TOP_LEFT));
            for (CalendarMonth d : dates) panel.addDomainMarker(new ValueMarker(x(d), Color.GRAY, DASHED));
            panels.add(panel);
            plot.add(panel);
        }
        double pad = (high - low) * 0.05 + (high == low ? 1 : 0);
        for (XYPlot panel : panels) panel.getRangeAxis().setRange(low - pad, high + pad);
        String title = Display.name(metric) + (Display.unit(metric).isEmpty() ? "" : " (" + Display.unit(metric) + ")") + ", park " + park;
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle("each variant: median of its runs, band 5th to 95th percentile; dashed: the baseline's median"
                + (dates.isEmpty() ? "" : "; vertical lines: compared months"), new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        return new Chart("fan-" + park + "-" + metric.column() + ".png", title, png(chart, 90 + 130 * results.variants().size()));
    }

    /** A variant's median and 90 % band, month by month, in display units. */
    private static YIntervalSeries fanSeries(ResultSet.Variant v, String park, Metric metric, String name) {
        YIntervalSeries series = new YIntervalSeries(name);
        double scale = Display.scale(metric);
        for (CalendarMonth month : v.data().months(park)) {
            double[] values = v.data().observations(park, metric, month).values();
            series.add(x(month), Quantiles.r7(values, 50) / scale, Quantiles.r7(values, 5) / scale, Quantiles.r7(values, 95) / scale);
        }
        return series;
    }

    /**
     * Each variant's paired difference from the baseline with its 95 % CI — the interval the text reports — coloured by
     * whether it is significant after Holm's correction; one row per variant, so long labels stay readable.
     */
    public static Chart differences(ComparisonTable table, VariantLabels labels, String park, Metric metric, CalendarMonth date) {
        double scale = Display.scale(metric);
        XYIntervalSeries significant = new XYIntervalSeries("significant after Holm (p < 0.05)");
        XYIntervalSeries other = new XYIntervalSeries("not significant");
        List<String> names = table.variants().stream().filter(v -> !v.equals(table.baseline())).toList();
        for (int i = 0; i < names.size(); i++) {
            ComparisonRow r = table.row(names.get(i), park, metric, date);
            Difference d = r.difference();
            double low = Double.isNaN(d.ciLow()) ? d.estimate() : d.ciLow();
            double high = Double.isNaN(d.ciHigh()) ? d.estimate() : d.ciHigh();
            (r.significant() ? significant : other).add(i, i, i, d.estimate() / scale, low / scale, high / scale);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(significant);
        data.addSeries(other);
        XYErrorRenderer renderer = errorRenderer();
        renderer.setSeriesPaint(0, SIGNIFICANT);
        renderer.setSeriesPaint(1, NOT_SIGNIFICANT);
        renderer.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-4, -4, 8, 8));
        SymbolAxis axis = new SymbolAxis(null, names.stream().map(labels::named).toArray(String[]::new));
        axis.setGridBandsVisible(false);
        axis.setRange(-0.6, names.size() - 0.4);
        axis.setInverted(true);
        NumberAxis values = valueAxis(metric);
        values.setLabel("difference from " + table.baseline() + (Display.unit(metric).isEmpty() ? "" : " (" + Display.unit(metric) + ")"));
        XYPlot plot = new XYPlot(data, axis, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, DASHED));
        String pairing = table.rows().stream().anyMatch(r -> r.difference() != null && !r.difference().paired()) ? "" : "paired ";
        String title = Display.name(metric) + ", park " + park + ", " + date;
        return new Chart("difference-" + park + "-" + metric.column() + "-" + date + ".png", title,
                png(chart(title, pairing + "difference of means from " + table.baseline() + " with its 95% CI", plot), rowsHeight(names.size())));
    }

    /**
     * Cost against outcome: each variant's extra incentive spend and its outcome difference from the baseline, both paired,
     * with their 95 % CIs; the baseline sits at 0, 0. The efficient frontier joins the variants no other beats on both
     * (as much outcome or more for as little spend or less).
     */
    public static Chart costOutcome(ComparisonTable table, VariantLabels labels, String park, Metric outcome, CalendarMonth date) {
        double scale = Display.scale(outcome);
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        List<double[]> points = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String v : table.variants()) {
            ComparisonRow r = table.row(v, park, outcome, date);
            ComparisonRow spend = table.row(v, park, Metric.SPEND_CUM, date);
            XYIntervalSeries s = new XYIntervalSeries(labels.named(v));
            double[] p = point(r, spend, scale);
            s.add(p[0], p[1], p[2], p[3], p[4], p[5]);
            data.addSeries(s);
            points.add(p);
            names.add(v);
        }
        XYErrorRenderer renderer = errorRenderer();
        renderer.setDrawXError(true);
        for (int i = 0; i < names.size(); i++) renderer.setSeriesPaint(i, color(i));
        NumberAxis spendAxis = new NumberAxis("extra incentive spend (¥M)");
        spendAxis.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
        NumberAxis outcomeAxis = valueAxis(outcome);
        outcomeAxis.setLabel(Display.name(outcome) + ", difference" + (Display.unit(outcome).isEmpty() ? "" : " (" + Display.unit(outcome) + ")"));
        XYPlot plot = new XYPlot(data, spendAxis, outcomeAxis, renderer);
        XYSeriesCollection frontier = new XYSeriesCollection(frontier(points));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, Color.DARK_GRAY);
        line.setSeriesStroke(0, DASHED);
        plot.setDataset(1, frontier);
        plot.setRenderer(1, line);
        String title = "Cost and " + Display.name(outcome) + ", park " + park + ", " + date;
        return new Chart("cost-outcome-" + park + "-" + outcome.column() + "-" + date + ".png", title,
                png(chart(title, "paired differences from " + table.baseline() + " with 95% CIs; dashed: the efficient frontier", plot),
                        HEIGHT + 80));
    }

    /** {x, xLow, xHigh, y, yLow, yHigh} of a variant on the cost–outcome chart (0 for the baseline). */
    private static double[] point(ComparisonRow r, ComparisonRow spend, double scale) {
        if (r.isBaseline()) return new double[6];
        Difference d = r.difference();
        double x = r.extraSpend() / 1e6;
        double xLow = spend == null || Double.isNaN(spend.difference().ciLow()) ? x : spend.difference().ciLow() / 1e6;
        double xHigh = spend == null || Double.isNaN(spend.difference().ciHigh()) ? x : spend.difference().ciHigh() / 1e6;
        double y = d.estimate() / scale;
        double yLow = Double.isNaN(d.ciLow()) ? y : d.ciLow() / scale;
        double yHigh = Double.isNaN(d.ciHigh()) ? y : d.ciHigh() / scale;
        return new double[] {x, xLow, xHigh, y, yLow, yHigh};
    }

    /** The points no other point dominates (no more spend, no less outcome, one strictly), by spend. */
    static XYSeries frontier(List<double[]> points) {
        XYSeries s = new XYSeries("efficient frontier", true, true);
        for (double[] p : points) {
            boolean dominated = points.stream().anyMatch(q -> q[0] <= p[0] && q[3] >= p[3] && (q[0] < p[0] || q[3] > p[3]));
            if (!dominated && s.indexOf(p[0]) < 0) s.add(p[0], p[3]);
        }
        return s;
    }

    /** Each instrument's Shapley share of a package's effect, as bars with their 95 % CIs. */
    public static Chart shapley(Shapley.Result r) {
        double scale = Display.scale(r.metric());
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (Shapley.Share s : r.shares()) {
            double half = Double.isNaN(s.high()) ? 0 : (s.high() - s.value()) / scale;
            data.add(s.value() / scale, half, "Shapley share", s.instrument());
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setSeriesPaint(0, NOT_SIGNIFICANT);
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        NumberAxis axis = valueAxis(r.metric());
        axis.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        String group = r.group().isEmpty() ? "" : r.group() + ", ";
        String title = "Shapley shares: " + Display.name(r.metric()) + ", " + group + "park " + r.park() + ", " + r.date();
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, false);
        chart.addSubtitle(new TextTitle("each instrument's share of the package's effect " + Display.signedAmount(r.metric(), r.effect().mean())
                + " (95% CI " + Display.amountInterval(r.metric(), r.effect().ciLow(), r.effect().ciHigh()) + "); bars: 95% CI",
                new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        String file = "shapley-" + (r.group().isEmpty() ? "" : r.group().replaceAll("[^A-Za-z0-9_.-]", "_") + "-") + r.park() + "-"
                + r.metric().column() + "-" + r.date() + ".png";
        return new Chart(file, title, png(chart, rowsHeight(r.shares().size())));
    }

    private static XYErrorRenderer errorRenderer() {
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setBaseLinesVisible(false);
        renderer.setBaseShapesVisible(true);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setCapLength(8);
        return renderer;
    }

    /** A chart with one row per item grows with the items, so that their labels never overlap. */
    private static int rowsHeight(int rows) {
        return Math.max(260, 150 + 34 * rows);
    }

    private static NumberAxis valueAxis(Metric metric) {
        NumberAxis axis = new NumberAxis(Display.label(metric));
        axis.setAutoRangeIncludesZero(false);
        // Tick labels the same on every machine, whatever its locale.
        axis.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
        return axis;
    }

    public static JFreeChart chart(String title, String subtitle, XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.addSubtitle(new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** A month as a decimal year, so the time axis needs no time zone. */
    private static double x(CalendarMonth m) {
        return m.year() + (m.month() - 1) / 12.0;
    }

    /** A chart as PNG at the standard size. */
    public static byte[] png(JFreeChart chart) {
        return png(chart, HEIGHT);
    }

    private static byte[] png(JFreeChart chart, int height) {
        try {
            return ChartUtilities.encodeAsPNG(chart.createBufferedImage(WIDTH, height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
