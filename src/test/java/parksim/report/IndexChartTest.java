package parksim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import parksim.core.Estimate;

class IndexChartTest {
    private static final List<String> INPUTS = List.of("a", "b", "c");

    private static String subtitle(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) return t.getText();
        }
        return "";
    }

    /** The top input's interval reaches far past its bar: the axis still holds all of it. */
    @Test
    void everyErrorBarLiesInsideThePlot() {
        List<List<Estimate>> values = List.of(List.of(new Estimate(10, 6, 19.5)), List.of(new Estimate(8, 7, 9)), List.of(new Estimate(1, -0.5, 2)));
        JFreeChart chart = IndexChart.chart("t", INPUTS, values, List.of("mu_star"), 1, 0.2, false, "¥M");
        double upper = chart.getXYPlot().getRangeAxis().getUpperBound();
        double lower = chart.getXYPlot().getRangeAxis().getLowerBound();
        assertTrue(upper > 19.5 && lower < -0.5, "axis " + lower + " to " + upper);
        assertEquals("mu* (¥M), with 95% bootstrap interval", chart.getXYPlot().getRangeAxis().getLabel());
    }

    /** Morris effects are in the output's units, so the noise share is stated, not drawn as a line on their axis. */
    @Test
    void theNoiseLineIsAnnouncedOnlyWhereItIsDrawn() {
        List<List<Estimate>> values = List.of(List.of(new Estimate(0.5, 0.4, 0.6), new Estimate(0.6, 0.5, 0.7)));
        JFreeChart sobol = IndexChart.chart("t", List.of("a"), values, List.of("S1", "ST"), 2, 0.1, true, "");
        assertTrue(subtitle(sobol).startsWith("dashed: replication noise"), subtitle(sobol));
        assertEquals(1, sobol.getXYPlot().getRangeMarkers(org.jfree.ui.Layer.FOREGROUND).size());
        JFreeChart morris = IndexChart.chart("t", List.of("a"), values, List.of("mu_star"), 1, 0.1, false, "¥M");
        assertFalse(subtitle(morris).contains("dashed"), subtitle(morris));
        assertEquals("replication noise: 10 % of the variance of the point means", subtitle(morris), "in % as the summary says it");
        assertTrue(morris.getXYPlot().getRangeMarkers(org.jfree.ui.Layer.FOREGROUND) == null
                || morris.getXYPlot().getRangeMarkers(org.jfree.ui.Layer.FOREGROUND).isEmpty());
    }
}
