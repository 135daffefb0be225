package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.core.Metric;
import parksim.experiment.RunSpec;
import parksim.experiment.SimulationRunner;
import parksim.observe.ParkMonth;
import parksim.observe.SummaryTable;
import parksim.observe.TimeseriesTable;
import parksim.scenario.Scenario;

/** With the same scenario and seed and no slider moved, the GUI records the figures of a headless run, month by month. */
class SameAsHeadlessTest {
    private static List<ParkMonth> headless(Scenario s, long seed) {
        List<ParkMonth> rows = new ArrayList<>();
        SimulationRunner.run(new RunSpec(s, "base", 0, seed), new SummaryTable(s), rows::add, null);
        return rows;
    }

    private static List<List<String>> asCsv(List<ParkMonth> rows, Scenario s, long seed) {
        RunSpec spec = new RunSpec(s, "base", 0, seed);
        return rows.stream().map(r -> TimeseriesTable.row(spec.identity(), r)).toList();
    }

    @Test
    void aWholeSingleParkRunEqualsTheHeadlessRunAndTheChartsFollowIt() throws Exception {
        Scenario s = TestScenarios.load("yanji-projection").scenario();
        try (GuiFixture f = GuiFixture.open("yanji-projection").start()) {
            assertEquals(s.months(), f.step(s.months() + 5), "the GUI stops at the scenario's horizon");
            List<ParkMonth> gui = f.gui.run().rows();
            List<ParkMonth> expected = headless(s, s.seed());
            assertEquals(asCsv(expected, s, s.seed()), asCsv(gui, s, s.seed()), "every metric of every month");

            for (ParkCharts.Chart c : f.gui.charts().charts()) {
                for (ParkCharts.Line line : c.lines()) {
                    XYSeries series = line.series();
                    assertEquals(s.months(), series.getItemCount(), c.id() + "/" + series.getKey() + ": one point per month");
                    for (int m = 0; m < s.months(); m++) {
                        assertEquals(line.value().applyAsDouble(expected.get(m)), series.getY(m).doubleValue(), 1e-9);
                        assertEquals(expected.get(m).date().year() + (expected.get(m).date().month() - 1) / 12.0, series.getX(m).doubleValue(), 1e-9);
                    }
                }
            }
            XYSeries output = f.gui.charts().charts().stream().filter(c -> c.id().equals("output")).findFirst().orElseThrow().lines().get(0).series();
            assertEquals(expected.get(s.months() - 1).get(Metric.OUTPUT_12M) / 1e6, output.getY(s.months() - 1).doubleValue(), 1e-9, "output chart in ¥M");
        }
    }

    @Test
    void aMultiParkRunWithAnotherSeedEqualsTheHeadlessRunForTheMonthsStepped() throws Exception {
        Scenario s = TestScenarios.load("china-cell-parks").scenario();
        long seed = 77;
        try (GuiFixture f = GuiFixture.open(TestScenarios.load("china-cell-parks"), seed).start()) {
            int months = f.step(48);
            List<ParkMonth> expected = headless(s, seed).subList(0, months * s.parks().size());
            assertEquals(asCsv(expected, s, seed), asCsv(f.gui.run().rows(), s, seed));
            for (ParkCharts.Chart c : f.gui.charts().charts()) {
                for (ParkCharts.Line line : c.lines()) assertEquals(months, line.series().getItemCount(), c.id() + ": one point per month stepped");
            }
        }
    }

    private static int pixelsOf(java.awt.image.BufferedImage image, java.awt.Color colour) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen()) + Math.abs(c.getBlue() - colour.getBlue()) < 60) n++;
            }
        }
        return n;
    }

    @Test
    void theRenderedChartsDrawTheirLines() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection").start()) {
            java.util.Map<String, Integer> before = new java.util.HashMap<>();
            for (ParkCharts.Chart c : f.gui.charts().charts()) before.put(c.id(), pixelsOf(render(c), lineColour(c, 0)));
            f.step(36);
            javax.swing.SwingUtilities.invokeAndWait(() -> { }); // the charts take in their new data on the Swing thread
            for (ParkCharts.Chart c : f.gui.charts().charts()) {
                if (c.lines().size() != 1) continue;
                int after = pixelsOf(render(c), lineColour(c, 0));
                assertTrue(after > before.get(c.id()) + 100, c.id() + ": its line is drawn (" + before.get(c.id()) + " -> " + after + " pixels)");
            }
        }
    }

    /** Draws a chart as the chart window does, on the Swing thread (the window may be painting it too). */
    private static java.awt.image.BufferedImage render(ParkCharts.Chart c) throws Exception {
        java.util.concurrent.atomic.AtomicReference<java.awt.image.BufferedImage> image = new java.util.concurrent.atomic.AtomicReference<>();
        javax.swing.SwingUtilities.invokeAndWait(() -> image.set(c.generator().getChart().createBufferedImage(640, 400)));
        return image.get();
    }

    private static java.awt.Color lineColour(ParkCharts.Chart c, int series) {
        org.jfree.chart.plot.XYPlot plot = (org.jfree.chart.plot.XYPlot) c.generator().getChart().getPlot();
        return (java.awt.Color) ((org.jfree.chart.renderer.AbstractRenderer) plot.getRenderer()).lookupSeriesPaint(series);
    }
}
