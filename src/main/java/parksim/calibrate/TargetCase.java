package parksim.calibrate;

import parksim.core.Metric;
import parksim.scenario.TargetSpec;

/**
 * A target of a targets file: the figure it checks, and the name of the scenario that must reproduce it.
 *
 * @param per when set, the target is a ratio (a plausibility bound): the target's metric divided by this
 *            stock metric of the same park at the target's last month (e.g. output per m² of occupied floor)
 */
public record TargetCase(String scenario, TargetSpec target, Metric per) {
    public TargetCase {
        if (per != null && per.isFlow()) throw new IllegalArgumentException("a ratio's denominator must be a stock metric");
    }

    public TargetCase(String scenario, TargetSpec target) {
        this(scenario, target, null);
    }

    public String id() { return target.id(); }

    public String park() { return target.park(); }

    /** The metric's name as shown in tables: {@code output_12m_cny/occupied_m2} for a ratio. */
    public String metricName() { return per == null ? target.metric().column() : target.metric().column() + "/" + per.column(); }
}
