package parksim.observe;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import parksim.core.Metric;

/** What a run's summary needs of one park's months: the last month, each December, and each year's flows. */
final class ParkHistory implements Serializable {
    private static final long serialVersionUID = 1L;

    private ParkMonth last;
    private final Map<Integer, ParkMonth> yearEnds = new LinkedHashMap<>();
    private final Map<Integer, double[]> yearFlows = new LinkedHashMap<>();
    private final double[] runFlows = new double[Metric.COUNT];

    void add(ParkMonth row) {
        last = row;
        double[] flows = yearFlows.computeIfAbsent(row.date().year(), y -> new double[Metric.COUNT]);
        for (Metric m : Metric.values()) {
            if (m.isFlow()) {
                flows[m.ordinal()] += row.get(m);
                runFlows[m.ordinal()] += row.get(m);
            }
        }
        if (row.date().month() == 12) yearEnds.put(row.date().year(), row);
    }

    ParkMonth last() { return last; }

    ParkMonth yearEnd(int year) { return yearEnds.get(year); }

    double yearFlow(int year, Metric m) {
        double[] flows = yearFlows.get(year);
        return flows == null ? 0 : flows[m.ordinal()];
    }

    double runFlow(Metric m) { return runFlows[m.ordinal()]; }
}
