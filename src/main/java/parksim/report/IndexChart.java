package parksim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import parksim.core.Estimate;

/** A bar chart of one output's sensitivity indices, one bar per input and index, each with its 95 % bootstrap interval. */
public final class IndexChart {
    private IndexChart() {}

    /**
     * @param inputs     the inputs, in rank order (drawn top to bottom)
     * @param values     each input's indices, in the order of {@code indexNames}; the first {@code bars} are drawn
     * @param noiseShare the replication-noise share, marked on the axis when {@code markNoise} (it is a share of
     *                   variance, comparable with Sobol indices, not with Morris effects); NaN if not measured
     * @param unit       the unit of the values ("¥M"), or empty for indices that are shares
     */
    public static ChartWriter.Chart draw(String file, String title, List<String> inputs, List<List<Estimate>> values, List<String> indexNames,
                                         int bars, double noiseShare, boolean markNoise, String unit) {
        return new ChartWriter.Chart(file, title, ChartWriter.png(chart(title, inputs, values, indexNames, bars, noiseShare, markNoise, unit)));
    }

    /** The chart {@link #draw} encodes. */
    static JFreeChart chart(String title, List<String> inputs, List<List<Estimate>> values, List<String> indexNames,
                            int bars, double noiseShare, boolean markNoise, String unit) {
        XYIntervalSeriesCollection data = dataset(inputs, values, indexNames, bars);
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        XYPlot plot = new XYPlot(data, inputAxis(inputs), valueAxis(values, indexNames, bars, noiseShare, markNoise, unit), barRenderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDataset(1, data);
        plot.setRenderer(1, errorBars());
        LegendItemCollection legend = new LegendItemCollection();
        for (int s = 0; s < bars; s++) {
            barRenderer.setSeriesPaint(s, ChartWriter.color(s));
            legend.add(barRenderer.getLegendItem(0, s));
        }
        plot.setFixedLegendItems(legend);
        if (Double.isFinite(noiseShare) && markNoise) plot.addRangeMarker(noiseMarker(noiseShare));
        return ChartWriter.chart(title, noiseSubtitle(noiseShare, markNoise), plot);
    }

    /** One series per index drawn, one interval per input with a finite value, the inputs top to bottom. */
    private static XYIntervalSeriesCollection dataset(List<String> inputs, List<List<Estimate>> values, List<String> indexNames, int bars) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        int n = inputs.size();
        double width = 0.8 / bars;
        for (int s = 0; s < bars; s++) {
            XYIntervalSeries series = new XYIntervalSeries(indexNames.get(s).replace("mu_star", "mu*"));
            for (int i = 0; i < n; i++) {
                Estimate e = values.get(i).get(s);
                if (!Double.isFinite(e.value())) continue;
                double x = (n - 1 - i) + (bars - 1 - s - (bars - 1) / 2.0) * width;
                double low = Double.isFinite(e.low()) ? e.low() : e.value(), high = Double.isFinite(e.high()) ? e.high() : e.value();
                series.add(x, x - width / 2, x + width / 2, e.value(), low, high);
            }
            data.addSeries(series);
        }
        return data;
    }

    private static SymbolAxis inputAxis(List<String> inputs) {
        int n = inputs.size();
        String[] names = new String[n];
        for (int i = 0; i < n; i++) names[n - 1 - i] = inputs.get(i);
        SymbolAxis axis = new SymbolAxis(null, names);
        axis.setGridBandsVisible(false);
        axis.setRange(-0.6, n - 0.4);
        return axis;
    }

    /** The value axis spans every interval, so that no error bar is cut at the plot's edge. */
    private static NumberAxis valueAxis(List<List<Estimate>> values, List<String> indexNames, int bars, double noiseShare,
                                        boolean markNoise, String unit) {
        NumberAxis value = new NumberAxis((unit.isEmpty() ? "index" : indexNames.get(0).replace("mu_star", "mu*") + " (" + unit + ")") + ", with 95% bootstrap interval");
        double lowest = 0, highest = 0;
        for (int s = 0; s < bars; s++) {
            for (List<Estimate> v : values) {
                Estimate e = v.get(s);
                for (double x : new double[] {e.value(), e.low(), e.high()}) {
                    if (Double.isFinite(x)) {
                        lowest = Math.min(lowest, x);
                        highest = Math.max(highest, x);
                    }
                }
            }
        }
        if (Double.isFinite(noiseShare) && markNoise) highest = Math.max(highest, noiseShare);
        double pad = (highest - lowest) * 0.06 + (highest == lowest ? 1 : 0);
        value.setRange(lowest < 0 ? lowest - pad : 0, highest + pad);
        value.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
        return value;
    }

    private static XYErrorRenderer errorBars() {
        XYErrorRenderer errors = new XYErrorRenderer();
        errors.setDrawXError(false);
        errors.setBaseShapesVisible(false);
        errors.setBaseLinesVisible(false);
        errors.setErrorPaint(Color.BLACK);
        errors.setErrorStroke(new BasicStroke(1.2f));
        return errors;
    }

    private static String noiseSubtitle(double noise, boolean markNoise) {
        return !Double.isFinite(noise) ? "replication noise not measured (one replicate per point)"
                : markNoise ? String.format(Locale.ROOT, "dashed: replication noise, %.3f of the variance of the point means", noise)
                : "replication noise: " + AnalystUnits.amount(parksim.core.Metric.Unit.SHARE, noise) + " of the variance of the point means";
    }

    private static ValueMarker noiseMarker(double noise) {
        ValueMarker marker = new ValueMarker(noise, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
        marker.setLabel("replication noise");
        marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        return marker;
    }
}
