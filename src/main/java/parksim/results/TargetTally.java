package parksim.results;

import parksim.core.Quantiles;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/** One target's checks over a variant's runs: how many runs reached it, how many met it, and the simulated values. */
public final class TargetTally {
    private int checked;
    private int met;
    private final DescriptiveStatistics values = new DescriptiveStatistics();

    public void add(boolean metIt, double value) {
        checked++;
        if (metIt) met++;
        if (!Double.isNaN(value)) values.addValue(value);
    }

    /** Runs that reached the target's last month. */
    public int checked() { return checked; }

    public int met() { return met; }

    /** The median simulated value, NaN if none. */
    public double medianValue() {
        return values.getN() == 0 ? Double.NaN : Quantiles.r7(values, 50);
    }
}
