package parksim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import parksim.core.Fmt;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Scenario discovery's trade-off: each box of PRIM's peeling trajectory as coverage against density, the chosen box marked. */
public final class TradeoffChart {
    private TradeoffChart() {}

    /** @param coverage, density one value per box, from the first (all runs) to the last */
    public static byte[] draw(double[] coverage, double[] density, int chosen, String condition) {
        XYSeries path = new XYSeries("peeling trajectory", false);
        XYSeries pick = new XYSeries("chosen box", false);
        for (int b = 0; b < coverage.length; b++) path.add(coverage[b], density[b]);
        pick.add(coverage[chosen], density[chosen]);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(path);
        data.addSeries(pick);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(1, false);
        r.setSeriesPaint(0, ChartWriter.color(0));
        r.setSeriesPaint(1, ChartWriter.color(1));
        r.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
        r.setSeriesStroke(0, new BasicStroke(1.5f));
        NumberAxis x = new NumberAxis("coverage (share of the runs of interest inside the box)");
        NumberAxis y = new NumberAxis("density (share of the box's runs that are of interest)");
        for (NumberAxis a : List.of(x, y)) {
            a.setRange(0, 1.02);
            a.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        return ChartWriter.png(ChartWriter.chart("PRIM trade-off: " + condition,
                "each point a box of the peeling, from all runs (right) to the smallest box (left); chosen box "
                        + Fmt.share(coverage[chosen]) + " coverage, " + Fmt.share(density[chosen]) + " density", plot));
    }
}
