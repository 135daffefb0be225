package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.core.Metric;
import parksim.experiment.RunSpec;
import parksim.experiment.SimulationRunner;
import parksim.observe.ParkMonth;
import parksim.observe.SummaryTable;
import parksim.scenario.Scenario;

/** Runs started from the Console's own buttons: the scenario's seed, again after Stop; Play stops at the horizon. */
class ConsoleSeedTest {
    @Test
    void pausingStartsTheScenariosSeedAndStopKeepsIt() throws Exception {
        Scenario s = TestScenarios.load("yanji-hindcast").scenario();
        List<ParkMonth> headless = new java.util.ArrayList<>();
        SimulationRunner.run(new RunSpec(s, "base", 0, s.seed()), new SummaryTable(s), headless::add, null);
        try (GuiFixture f = GuiFixture.open("yanji-hindcast")) {
            for (int run = 0; run < 2; run++) {
                SwingUtilities.invokeAndWait(() -> {
                    f.console.pressPause();              // stopped -> started and paused
                    for (int i = 0; i < 6; i++) f.console.pressPlay();   // paused: each press steps one month
                });
                assertEquals(s.seed().longValue(), f.gui.simulation().seed(), "run " + run);
                assertEquals(6, f.gui.simulation().monthsDone());
                for (int m = 0; m < 6; m++) {
                    for (Metric metric : Metric.values()) {
                        assertEquals(headless.get(m).get(metric), f.gui.run().rows().get(m).get(metric), metric + " in month " + m);
                    }
                }
                SwingUtilities.invokeAndWait(f.console::pressStop);
            }
        }
    }

    @Test
    void playRunsToTheScenariosLastMonthAndStops() throws Exception {
        Scenario s = TestScenarios.load("yanji-hindcast").scenario();
        try (GuiFixture f = GuiFixture.open("yanji-hindcast")) {
            SwingUtilities.invokeAndWait(f.console::pressPlay);
            long deadline = System.currentTimeMillis() + 120_000;
            while (f.console.getPlayState() != sim.display.Console.PS_STOPPED && System.currentTimeMillis() < deadline) Thread.sleep(50);
            assertEquals(sim.display.Console.PS_STOPPED, f.console.getPlayState(), "the Console stopped by itself");
            assertEquals(s.months().intValue(), f.gui.simulation().monthsDone());
            assertEquals(s.months().intValue(), f.gui.run().rows().size());
            SwingUtilities.invokeAndWait(() -> { });
            for (ParkCharts.Chart c : f.gui.charts().charts()) {
                for (ParkCharts.Line line : c.lines()) assertEquals(s.months().intValue(), line.series().getItemCount());
            }
            List<String> labels = new java.util.ArrayList<>();
            SwingUtilities.invokeAndWait(() -> labels.addAll(labels(f.console)));
            assertTrue(labels.contains(Integer.toString(s.months())), "the Console counts " + s.months() + " months, as the display says: " + labels);
            assertFalse(labels.contains(Integer.toString(s.months() - 1)), "not the schedule's time, one less");
        }
    }

    private static List<String> labels(java.awt.Container c) {
        List<String> out = new java.util.ArrayList<>();
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JLabel l && l.getText() != null) out.add(l.getText().trim());
            if (child instanceof java.awt.Container inner) out.addAll(labels(inner));
        }
        return out;
    }
}
