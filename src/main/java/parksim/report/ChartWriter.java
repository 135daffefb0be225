package parksim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;
import parksim.core.CalendarMonth;
import parksim.core.Metric;

/**
 * Draws the comparison's charts as PNG (JFreeChart): a fan chart of a metric over time with each
 * variant's median and 90 % band, and an interval chart of a metric at one date with each variant's
 * mean and 95 % CI of the mean beside the median and 5–95 % range of its runs.
 */
public final class ChartWriter {
    public static final int WIDTH = 860;
    public static final int HEIGHT = 460;
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};
    private static final BasicStroke DASHED = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);

    /** A drawn chart: its file name in the output folder, its title, and the PNG. */
    public record Chart(String file, String title, byte[] png) {}

    private ChartWriter() {}

    public static Color color(int variantIndex) {
        return PALETTE[variantIndex % PALETTE.length];
    }

    /** Median and 5–95 % band of every variant's runs, month by month; the compared dates are marked. */
    public static Chart fan(ResultSet results, String park, Metric metric, List<CalendarMonth> dates) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        double scale = Display.scale(metric);
        for (ResultSet.Variant v : results.variants()) {
            YIntervalSeries series = new YIntervalSeries(v.name());
            for (CalendarMonth month : v.data().months(park)) {
                Sample s = Sample.of(v.data().observations(park, metric, month).values());
                series.add(x(month), s.median() / scale, s.q05() / scale, s.q95() / scale);
            }
            data.addSeries(series);
        }
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.18f);
        for (int i = 0; i < results.variants().size(); i++) {
            renderer.setSeriesPaint(i, color(i));
            renderer.setSeriesFillPaint(i, color(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        NumberAxis time = new NumberAxis("year");
        time.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        time.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        time.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, time, valueAxis(metric), renderer);
        for (CalendarMonth d : dates) {
            ValueMarker marker = new ValueMarker(x(d), Color.GRAY, DASHED);
            marker.setLabel(d.toString());
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(marker);
        }
        String title = Display.name(metric) + ", park " + park;
        return new Chart("fan-" + park + "-" + metric.column() + ".png", title,
                png(chart(title, "median and 90% band (5th to 95th percentile) of the runs of each variant", plot)));
    }

    /** Each variant's mean with its 95 % CI and, beside it, the median with the 5–95 % range of its runs. */
    public static Chart interval(ComparisonTable table, String park, Metric metric, CalendarMonth date) {
        double scale = Display.scale(metric);
        XYIntervalSeries means = new XYIntervalSeries("mean and 95% CI of the mean");
        XYIntervalSeries spread = new XYIntervalSeries("median and 5% to 95% of runs");
        List<String> names = table.variants();
        double baselineMean = Double.NaN;
        for (int i = 0; i < names.size(); i++) {
            ComparisonRow r = table.row(names.get(i), park, metric, date);
            Sample s = r.sample();
            if (r.isBaseline()) baselineMean = s.mean();
            double low = Double.isNaN(s.ciLow()) ? s.mean() : s.ciLow();
            double high = Double.isNaN(s.ciHigh()) ? s.mean() : s.ciHigh();
            means.add(i - 0.12, i - 0.12, i - 0.12, s.mean() / scale, low / scale, high / scale);
            spread.add(i + 0.12, i + 0.12, i + 0.12, s.median() / scale, s.q05() / scale, s.q95() / scale);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(means);
        data.addSeries(spread);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setBaseLinesVisible(false);
        renderer.setBaseShapesVisible(true);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setCapLength(10);
        renderer.setSeriesPaint(0, new Color(0x1f4e79));
        renderer.setSeriesPaint(1, new Color(0x999999));
        SymbolAxis variants = new SymbolAxis("variant", names.toArray(new String[0]));
        variants.setGridBandsVisible(false);
        variants.setRange(-0.6, names.size() - 0.4);
        XYPlot plot = new XYPlot(data, variants, valueAxis(metric), renderer);
        if (!Double.isNaN(baselineMean)) {
            ValueMarker marker = new ValueMarker(baselineMean / scale, Color.GRAY, DASHED);
            marker.setLabel("baseline mean");
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(marker);
        }
        // The differences' own CIs: with paired runs they are much narrower than the means' CIs suggest.
        StringBuilder subtitle = new StringBuilder("baseline " + table.baseline() + "; difference of means [95% CI]:");
        for (String name : names) {
            ComparisonRow r = table.row(name, park, metric, date);
            if (r.isBaseline()) continue;
            Difference d = r.difference();
            subtitle.append(' ').append(name).append(' ').append(Display.signed(metric, d.estimate())).append(" [")
                    .append(Display.value(metric, d.ciLow())).append(", ").append(Display.value(metric, d.ciHigh())).append(']')
                    .append(Display.stars(r.tPHolm())).append(';');
        }
        subtitle.setLength(subtitle.length() - 1);
        String title = Display.name(metric) + ", park " + park + ", " + date;
        return new Chart("interval-" + park + "-" + metric.column() + "-" + date + ".png", title,
                png(chart(title, subtitle.toString(), plot)));
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

    public static byte[] png(JFreeChart chart) {
        try {
            return ChartUtilities.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
