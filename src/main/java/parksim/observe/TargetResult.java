package parksim.observe;

import parksim.scenario.TargetSpec;

/**
 * A target checked on one run: the simulated value, and whether it meets the target within its
 * tolerance; both null when the run ended before the target's last month.
 */
public record TargetResult(TargetSpec target, Double value, Boolean met) {
    public boolean reached() { return value != null; }
}
