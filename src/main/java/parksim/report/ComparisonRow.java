package parksim.report;

import parksim.core.CalendarMonth;
import parksim.core.Metric;

/**
 * One variant × metric × date × park of a comparison: the variant's sample and, for a variant other than
 * the baseline, its difference from the baseline with Holm-adjusted p-values and the difference per
 * ¥1M of extra incentive spend.
 *
 * @param difference     null for the baseline itself
 * @param extraSpend     the variant's mean cumulative incentive spend minus the baseline's, ¥ (NaN for the baseline)
 * @param perExtraMillion the difference per ¥1M of extra spend; NaN when the extra spend is about zero
 */
public record ComparisonRow(String variant, String baseline, String park, Metric metric, CalendarMonth date, Sample sample,
                            Difference difference, double tPHolm, double rankPHolm, double extraSpend, double perExtraMillion) {
    public boolean isBaseline() { return difference == null; }

    /** Significant at the 5 % level by the t-test after Holm's correction. */
    public boolean significant() {
        return difference != null && tPHolm < 0.05;
    }
}
