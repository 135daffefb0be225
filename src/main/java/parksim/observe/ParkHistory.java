package parksim.observe;

import java.io.Serializable;
import java.util.Arrays;
import parksim.core.Metric;

/** What a run's summary needs of one park's months: the last month, each December, and each year's flows. */
final class ParkHistory implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Metric[] FLOWS = Arrays.stream(Metric.values()).filter(Metric::isFlow).toArray(Metric[]::new);

    /** Calendar year of index 0 of the per-year arrays, which grow by doubling (a run rarely spans more than a decade). */
    private final int firstYear;
    private ParkMonth last;
    private ParkMonth[] yearEnds = new ParkMonth[16];
    private double[][] yearFlows = new double[16][];
    private final double[] runFlows = new double[Metric.COUNT];

    ParkHistory(int firstYear) {
        this.firstYear = firstYear;
    }

    void add(ParkMonth row) {
        last = row;
        int y = slot(row.date().year());
        double[] flows = yearFlows[y];
        if (flows == null) flows = yearFlows[y] = new double[Metric.COUNT];
        for (Metric m : FLOWS) {
            flows[m.ordinal()] += row.get(m);
            runFlows[m.ordinal()] += row.get(m);
        }
        if (row.date().month() == 12) yearEnds[y] = row;
    }

    private int slot(int year) {
        int y = year - firstYear;
        if (y < 0) throw new IllegalArgumentException("month of " + year + " before the run's first year " + firstYear);
        if (y >= yearFlows.length) {
            int size = Math.max(y + 1, 2 * yearFlows.length);
            yearFlows = Arrays.copyOf(yearFlows, size);
            yearEnds = Arrays.copyOf(yearEnds, size);
        }
        return y;
    }

    ParkMonth last() { return last; }

    ParkMonth yearEnd(int year) {
        int y = year - firstYear;
        return y < 0 || y >= yearEnds.length ? null : yearEnds[y];
    }

    double yearFlow(int year, Metric m) {
        int y = year - firstYear;
        double[] flows = y < 0 || y >= yearFlows.length ? null : yearFlows[y];
        return flows == null ? 0 : flows[m.ordinal()];
    }

    double runFlow(Metric m) { return runFlows[m.ordinal()]; }
}
