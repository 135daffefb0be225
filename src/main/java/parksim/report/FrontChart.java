package parksim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * An optimisation's front of outcome against cost: every candidate searched, the front, the recommended packages ringed,
 * and each hand-written package (the baseline among them) a marker of its own colour, as {@code compare} colours variants.
 */
public final class FrontChart {
    /** A package's mean cost (¥) and mean outcome. */
    public record Point(double cost, double outcome) {}

    private FrontChart() {}

    /**
     * @param frontName what the line is: "front", or "finalists" of single-objective searches
     * @param packages  each hand-written package's point by name, in order, the baseline's name given by {@code baseline}
     */
    public static byte[] draw(String outcome, String cost, List<Point> searched, String frontName, List<Point> front, List<Point> recommended,
                              Map<String, Point> packages, String baseline) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("candidates searched", searched));
        data.addSeries(series(frontName, front));
        data.addSeries(series("recommended", recommended));
        packages.forEach((name, p) -> data.addSeries(series(name + (name.equals(baseline) ? " (baseline)" : ""), List.of(p))));
        NumberAxis x = new NumberAxis(cost + " (¥M, mean)");
        NumberAxis y = new NumberAxis(outcome + " (mean)");
        for (NumberAxis a : List.of(x, y)) {
            a.setAutoRangeIncludesZero(false);
            a.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer(packages.size()));
        return ChartWriter.png(ChartWriter.chart("Which package to fund: " + outcome + " against " + cost,
                "each point a package's mean over the search and race seeds; the recommended packages ringed", plot));
    }

    private static XYSeries series(String name, List<Point> points) {
        XYSeries s = new XYSeries(name, false);
        for (Point p : points) s.add(p.cost() / 1e6, p.outcome());
        return s;
    }

    private static XYLineAndShapeRenderer renderer(int packages) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, false);
        r.setSeriesPaint(0, new Color(0xbbbbbb));
        r.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        r.setSeriesPaint(1, new Color(0x333333));
        r.setSeriesStroke(1, new BasicStroke(2f));
        r.setSeriesShape(1, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        r.setSeriesLinesVisible(2, false);
        r.setSeriesPaint(2, Color.BLACK);
        r.setSeriesShape(2, new Ellipse2D.Double(-8, -8, 16, 16));
        r.setSeriesShapesFilled(2, false);
        for (int i = 0; i < packages; i++) {
            r.setSeriesLinesVisible(3 + i, false);
            r.setSeriesPaint(3 + i, ChartWriter.color(i));
            r.setSeriesShape(3 + i, new Rectangle2D.Double(-5, -5, 10, 10));
        }
        return r;
    }
}
