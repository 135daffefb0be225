package parksim.report;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import parksim.results.TargetInfo;
import parksim.results.TargetTally;

/**
 * How likely a variant is to meet one of the scenario's targets: the share of its runs that met it,
 * with a 95 % Wilson score interval, and the median simulated value.
 */
public record TargetRow(String variant, TargetInfo target, int checked, int met, double probability, double low, double high,
                        double medianValue) {
    public static TargetRow of(String variant, TargetInfo target, TargetTally tally) {
        if (tally == null || tally.checked() == 0) {
            return new TargetRow(variant, target, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval(tally.checked(), tally.met(), Sample.CONFIDENCE);
        return new TargetRow(variant, target, tally.checked(), tally.met(), (double) tally.met() / tally.checked(),
                Math.max(0, ci.getLowerBound()), Math.min(1, ci.getUpperBound()), tally.medianValue());
    }
}
