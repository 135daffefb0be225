package parksim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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

/** Draws a calibration parameter's profile as a PNG (JFreeChart, off-screen): best objective against the parameter. */
public final class ProfileChart {
    private ProfileChart() {}

    /**
     * @param profile points {@code [parameter value, best objective]}; empty bins are left out
     */
    public static void write(Path file, String parameter, double min, double max, List<double[]> profile, double epsilon, double fitted) {
        XYSeries series = new XYSeries(parameter);
        for (double[] point : profile) if (point[1] > 0 && Double.isFinite(point[1])) series.add(point[0], point[1]);
        JFreeChart chart = ChartFactory.createXYLineChart("Profile of " + parameter + " (lower envelope of evaluated points)", parameter,
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
        eps.setLabel(String.format(Locale.ROOT, "ε = %s (accepted below)", parksim.core.Fmt.number(epsilon)));
        eps.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        eps.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(eps);
        ValueMarker fit = new ValueMarker(fitted, new Color(0x2ca02c), new BasicStroke(1f));
        fit.setLabel("fitted");
        plot.addDomainMarker(fit);
        plot.getDomainAxis().setRange(min, max);
        try {
            ChartUtilities.saveChartAsPNG(file.toFile(), chart, 640, 400);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
