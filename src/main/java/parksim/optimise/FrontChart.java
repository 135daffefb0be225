package parksim.optimise;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import parksim.report.ChartWriter;

/**
 * The front of outcome against cost (mean of each package's runs on the search and race seeds): every candidate
 * searched, the front, the hand-written packages and the baseline each a marker of its own, the recommended packages ringed.
 */
final class FrontChart {
    private FrontChart() {}

    static byte[] draw(Optimiser.Result r, String outcome, String cost) {
        Ledger l = r.search();
        XYSeries searched = new XYSeries("candidates searched", false);
        for (Candidate c : l.searched()) searched.add(l.mean(c.id(), 1) / 1e6, l.mean(c.id(), 0));
        XYSeries front = new XYSeries(r.problem().spec().front() ? "front" : "finalists", false);
        for (Candidate c : r.front()) front.add(l.mean(c.id(), 1) / 1e6, l.mean(c.id(), 0));
        XYSeries chosen = new XYSeries("recommended", false);
        for (Optimiser.Recommendation rec : r.recommendations()) chosen.add(l.mean(rec.chosen().id(), 1) / 1e6, l.mean(rec.chosen().id(), 0));
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(searched);
        data.addSeries(front);
        data.addSeries(chosen);
        List<Candidate> packages = l.all().stream().filter(Candidate::handWritten).toList();
        for (Candidate p : packages) {
            XYSeries s = new XYSeries(p.id() + (p.id().equals(r.baseline()) ? " (baseline)" : ""), false);
            s.add(l.mean(p.id(), 1) / 1e6, l.mean(p.id(), 0));
            data.addSeries(s);
        }
        XYLineAndShapeRenderer renderer = renderer(packages.size());
        NumberAxis x = new NumberAxis(cost + " (¥M, mean)");
        NumberAxis y = new NumberAxis(outcome + " (mean)");
        for (NumberAxis a : List.of(x, y)) {
            a.setAutoRangeIncludesZero(false);
            a.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        return ChartWriter.png(ChartWriter.chart("Which package to fund: " + outcome + " against " + cost,
                "each point a package's mean over the search and race seeds; the recommended packages ringed", plot));
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
