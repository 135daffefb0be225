package parksim.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.awt.Color;
import java.text.DecimalFormat;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import parksim.core.Metric;
import parksim.observe.ParkMonth;
import parksim.scenario.ParkSpec;
import parksim.scenario.Scenario;
import sim.util.media.chart.ChartGenerator;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The live charts, drawn only from the {@link ParkMonth} rows the run recorder writes (the rows
 * of {@code timeseries.csv}): tenants by stage for each park, and output over the last 12 months,
 * occupancy, chain completeness and cumulative incentive spend with one line per park. The x axis
 * is the calendar year (a month m of year y at y + (m − 1)/12). Lines take the Okabe–Ito colours
 * (safe for colour-blind readers); with several parks, money is on a log axis.
 */
final class ParkCharts {
    /** One chart: its file name, the name of its tab, generator, and a line per (park, figure). */
    record Chart(String id, String tab, TimeSeriesChartGenerator generator, List<Line> lines) {}

    /** One series: the park it follows and how its value is read from a row. */
    record Line(String park, XYSeries series, ToDoubleFunction<ParkMonth> value) {}

    private final List<Chart> charts = new ArrayList<>();

    ParkCharts(Scenario scenario) {
        boolean many = scenario.parks().size() > 1;
        for (ParkSpec park : scenario.parks()) {
            Chart c = chart("tenants-" + park.id(), many ? "Tenants: " + park.id() : "Tenants",
                    "Tenants by stage" + (many ? " — " + park.name() : ""), "firms", false);
            for (Metric m : List.of(Metric.NEGOTIATING, Metric.SIGNED, Metric.FITTING_OUT, Metric.TRIAL, Metric.OPERATING)) {
                line(c, park.id(), m.column().replace('_', ' '), row -> row.get(m));
            }
        }
        // parks differ by orders of magnitude in money (Chengdu's budget is 100 times Yanji's): a log axis keeps each readable
        perPark(scenario, chart("output", "Output", "Output, trailing 12 months", "¥M", many), row -> row.get(Metric.OUTPUT_12M) / 1e6);
        perPark(scenario, chart("occupancy", "Occupancy", "Occupancy (occupied / completed floor)", "share", false),
                row -> ParkView.occupancy(row.get(Metric.OCCUPIED_M2), row.get(Metric.LETTABLE_M2)));
        perPark(scenario, chart("chain", "Chain", "Chain completeness (core segments operating)", "share", false), row -> row.get(Metric.CHAIN_COMPLETENESS));
        perPark(scenario, chart("spend", "Spend", "Incentive spend, cumulative", "¥M", many), row -> row.get(Metric.SPEND_CUM) / 1e6);
    }

    private Chart chart(String id, String tab, String title, String unit, boolean log) {
        TimeSeriesChartGenerator g = new TimeSeriesChartGenerator();
        g.setTitle(title);
        g.setXAxisLabel("year");
        g.setYAxisLabel(log ? unit + " (log scale)" : unit);
        XYPlot plot = g.getChart().getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.FAINT);
        plot.setRangeGridlinePaint(Palette.FAINT);
        TickUnits years = new TickUnits(); // whole years, without a thousands separator
        for (int step : new int[] {1, 2, 5, 10}) years.add(new NumberTickUnit(step, new DecimalFormat("0"), 0));
        plot.getDomainAxis().setStandardTickUnits(years);
        if (log) {
            LogarithmicAxis axis = new LogarithmicAxis(plot.getRangeAxis().getLabel());
            axis.setAllowNegativesFlag(true); // draws 0 (a park with no output yet) at the bottom instead of failing
            plot.setRangeAxis(axis);
        }
        Chart c = new Chart(id, tab, g, new ArrayList<>());
        charts.add(c);
        return c;
    }

    private static void perPark(Scenario scenario, Chart c, ToDoubleFunction<ParkMonth> value) {
        for (ParkSpec park : scenario.parks()) line(c, park.id(), park.id(), value);
    }

    private static void line(Chart c, String park, String label, ToDoubleFunction<ParkMonth> value) {
        XYSeries series = new XYSeries(label, false, true);
        TimeSeriesAttributes attributes = (TimeSeriesAttributes) c.generator().addSeries(series, null);
        attributes.setStrokeColor(Palette.line(c.lines().size()));
        attributes.setThickness(2);
        c.lines().add(new Line(park, series, value));
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
