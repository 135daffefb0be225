package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.Set;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;

/** The charts' colours and axes: readable for colour-blind readers, and for parks of very different sizes. */
class ParkChartsTest {
    private static final Set<Color> OKABE_ITO = Set.of(new Color(0x000000), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73),
            new Color(0xF0E442), new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7));
    private static final Color YELLOW = new Color(0xF0E442);

    @Test
    void linesTakeOkabeItoColoursOtherThanYellowEachDifferentWithinAChart() throws Exception {
        GuiFixture.requireDisplay();
        for (String scenario : new String[] {"yanji-projection", "china-cell-parks"}) {
            ParkCharts charts = new ParkCharts(TestScenarios.load(scenario).scenario());
            for (ParkCharts.Chart c : charts.charts()) {
                XYPlot plot = c.generator().getChart().getXYPlot();
                AbstractRenderer renderer = (AbstractRenderer) plot.getRenderer();
                Set<Color> used = new java.util.HashSet<>();
                for (int i = 0; i < c.lines().size(); i++) {
                    Color colour = (Color) renderer.lookupSeriesPaint(i);
                    assertTrue(OKABE_ITO.contains(colour), c.id() + " line " + i + ": " + colour);
                    assertFalse(YELLOW.equals(colour), c.id() + ": yellow is invisible on white");
                    used.add(colour);
                }
                assertEquals(c.lines().size(), used.size(), c.id() + ": every line its own colour");
            }
        }
    }

    @Test
    void withSeveralParksMoneyIsOnALogAxisAndWithOneParkOnALinearOne() throws Exception {
        GuiFixture.requireDisplay();
        ParkCharts many = new ParkCharts(TestScenarios.load("china-cell-parks").scenario());
        ParkCharts one = new ParkCharts(TestScenarios.load("yanji-projection").scenario());
        for (String id : new String[] {"output", "spend"}) {
            assertTrue(axis(many, id) instanceof LogarithmicAxis, id + " across parks a hundredfold apart");
            assertFalse(axis(one, id) instanceof LogarithmicAxis, id + " of one park");
        }
        assertFalse(axis(many, "occupancy") instanceof LogarithmicAxis, "shares stay linear");
    }

    private static Object axis(ParkCharts charts, String id) {
        return charts.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().generator().getChart().getXYPlot().getRangeAxis();
    }
}
