package parksim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
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
import parksim.sensitivity.Estimate;

/** A bar chart of one output's sensitivity indices, one bar per input and index, each with its 95 % bootstrap interval. */
public final class IndexChart {
    private IndexChart() {}

    /**
     * @param inputs     the inputs, in rank order (drawn top to bottom)
     * @param values     each input's indices, in the order of {@code indexNames}; the first {@code bars} are drawn
     * @param noiseShare the replication-noise share, marked on the axis when {@code markNoise}; NaN if not measured
     */
    public static ChartWriter.Chart draw(String file, String title, List<String> inputs, List<List<Estimate>> values, List<String> indexNames,
                                         int bars, double noiseShare, boolean markNoise) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        int n = inputs.size();
        double width = 0.8 / bars;
        for (int s = 0; s < bars; s++) {
            XYIntervalSeries series = new XYIntervalSeries(indexNames.get(s));
            for (int i = 0; i < n; i++) {
                Estimate e = values.get(i).get(s);
                if (!Double.isFinite(e.value())) continue;
                double x = (n - 1 - i) + (bars - 1 - s - (bars - 1) / 2.0) * width;
                double low = Double.isFinite(e.low()) ? e.low() : e.value(), high = Double.isFinite(e.high()) ? e.high() : e.value();
                series.add(x, x - width / 2, x + width / 2, e.value(), low, high);
            }
            data.addSeries(series);
        }
        String[] names = new String[n];
        for (int i = 0; i < n; i++) names[n - 1 - i] = inputs.get(i);
        SymbolAxis axis = new SymbolAxis(null, names);
        axis.setGridBandsVisible(false);
        axis.setRange(-0.6, n - 0.4);
        NumberAxis value = new NumberAxis("index, with 95% bootstrap interval");
        value.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
        XYBarRenderer bars0 = new XYBarRenderer();
        bars0.setBarPainter(new StandardXYBarPainter());
        bars0.setShadowVisible(false);
        XYPlot plot = new XYPlot(data, axis, value, bars0);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        XYErrorRenderer errors = new XYErrorRenderer();
        errors.setDrawXError(false);
        errors.setBaseShapesVisible(false);
        errors.setBaseLinesVisible(false);
        errors.setErrorPaint(Color.BLACK);
        errors.setErrorStroke(new BasicStroke(1.2f));
        plot.setDataset(1, data);
        plot.setRenderer(1, errors);
        LegendItemCollection legend = new LegendItemCollection();
        for (int s = 0; s < bars; s++) {
            bars0.setSeriesPaint(s, ChartWriter.color(s));
            legend.add(bars0.getLegendItem(0, s));
        }
        plot.setFixedLegendItems(legend);
        double noise = noiseShare;
        String subtitle = Double.isFinite(noise) ? String.format(Locale.ROOT, "dashed: replication noise, %.3f of the variance of the point means", noise)
                : "replication noise not measured (one replicate per point)";
        if (Double.isFinite(noise) && markNoise) {
            ValueMarker marker = new ValueMarker(noise, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            marker.setLabel("replication noise");
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            plot.addRangeMarker(marker);
        }
        return new ChartWriter.Chart(file, title, ChartWriter.png(ChartWriter.chart(title, subtitle, plot)));
    }
}
