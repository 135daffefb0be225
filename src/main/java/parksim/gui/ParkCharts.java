package parksim.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartUtilities;
import org.jfree.data.xy.XYSeries;
import parksim.core.Metric;
import parksim.observe.ParkMonth;
import parksim.scenario.ParkSpec;
import parksim.scenario.Scenario;
import sim.util.media.chart.ChartGenerator;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The live charts, drawn only from the {@link ParkMonth} rows the run recorder writes (the rows
 * of {@code timeseries.csv}): tenants by stage for each park, and output over the last 12 months,
 * occupancy, chain completeness and cumulative incentive spend with one line per park. The x axis
 * is the calendar year (a month m of year y at y + (m − 1)/12).
 */
final class ParkCharts {
    /** One chart: its file name, generator, and a line per (park, figure). */
    record Chart(String id, TimeSeriesChartGenerator generator, List<Line> lines) {}

    /** One series: the park it follows and how its value is read from a row. */
    record Line(String park, XYSeries series, ToDoubleFunction<ParkMonth> value) {}

    /** The chart window's buttons that need libraries the build leaves out (iText, JMF); Export saves PNGs instead. */
    static final java.util.Set<String> UNAVAILABLE = java.util.Set.of("Save as PDF", "Create a Movie");

    private final List<Chart> charts = new ArrayList<>();

    ParkCharts(Scenario scenario) {
        boolean many = scenario.parks().size() > 1;
        for (ParkSpec park : scenario.parks()) {
            Chart c = chart("tenants-" + park.id(), "Tenants by stage" + (many ? " — " + park.name() : ""), "firms");
            for (Metric m : List.of(Metric.NEGOTIATING, Metric.SIGNED, Metric.FITTING_OUT, Metric.TRIAL, Metric.OPERATING)) {
                line(c, park.id(), m.column().replace('_', ' '), row -> row.get(m));
            }
        }
        perPark(scenario, chart("output", "Output, trailing 12 months", "¥M"), row -> row.get(Metric.OUTPUT_12M) / 1e6);
        perPark(scenario, chart("occupancy", "Occupancy (occupied / completed floor)", "share"),
                row -> ParkView.occupancy(row.get(Metric.OCCUPIED_M2), row.get(Metric.LETTABLE_M2)));
        perPark(scenario, chart("chain", "Chain completeness (core segments operating)", "share"), row -> row.get(Metric.CHAIN_COMPLETENESS));
        perPark(scenario, chart("spend", "Incentive spend, cumulative", "¥M"), row -> row.get(Metric.SPEND_CUM) / 1e6);
    }

    private Chart chart(String id, String title, String unit) {
        TimeSeriesChartGenerator g = new TimeSeriesChartGenerator();
        g.setTitle(title);
        g.setXAxisLabel("year");
        g.setYAxisLabel(unit);
        hideButtons(g, UNAVAILABLE);
        Chart c = new Chart(id, g, new ArrayList<>());
        charts.add(c);
        return c;
    }

    private static void perPark(Scenario scenario, Chart c, ToDoubleFunction<ParkMonth> value) {
        for (ParkSpec park : scenario.parks()) line(c, park.id(), park.id(), value);
    }

    private static void line(Chart c, String park, String label, ToDoubleFunction<ParkMonth> value) {
        XYSeries series = new XYSeries(label, false, true);
        c.generator().addSeries(series, null);
        c.lines().add(new Line(park, series, value));
    }

    private static void hideButtons(java.awt.Container container, java.util.Set<String> labels) {
        for (java.awt.Component c : container.getComponents()) {
            if (c instanceof javax.swing.AbstractButton b && labels.contains(b.getText())) b.setVisible(false);
            if (c instanceof java.awt.Container inner) hideButtons(inner, labels);
            // a disclosure panel holds its folded-away part outside the component tree
            if (c instanceof sim.util.gui.DisclosurePanel d && d.getDisclosedComponent() instanceof java.awt.Container inner) hideButtons(inner, labels);
        }
    }

    List<Chart> charts() { return List.copyOf(charts); }

    /** Empties every series, for a new run. */
    void clear() {
        for (Chart c : charts) for (Line l : c.lines()) l.series().clear();
    }

    /** Adds one recorded park-month to the lines that follow its park. */
    void add(ParkMonth row) {
        double x = row.date().year() + (row.date().month() - 1) / 12.0;
        for (Chart c : charts) {
            for (Line l : c.lines()) if (l.park().equals(row.park())) l.series().add(x, l.value().applyAsDouble(row), false);
        }
    }

    /** Asks every chart to redraw on the Swing thread. */
    void refresh(long steps) {
        for (Chart c : charts) c.generator().updateChartLater(steps);
    }

    /** Saves every chart as {@code chart-<id>.png}. */
    List<Path> writePngs(java.util.function.Function<String, Path> fileFor, int width, int height) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Chart c : charts) {
            c.generator().update(ChartGenerator.FORCE_KEY, true); // take in data not yet drawn on screen
            Path file = fileFor.apply("chart-" + c.id() + ".png");
            ChartUtilities.saveChartAsPNG(file.toFile(), c.generator().getChart(), width, height);
            files.add(file);
        }
        return files;
    }
}
