package parksim.report;

import parksim.core.CalendarMonth;
import parksim.core.Metric;

/**
 * One variant × metric × date × park of a comparison, compared with a reference variant: the variant's
 * sample and, unless it is the baseline's own row, its difference from the reference with Holm-adjusted
 * p-values (within {@code family}) and the difference per ¥1M of extra incentive spend.
 *
 * @param baseline   the comparison's baseline
 * @param reference  the variant this row is compared with: the baseline, or another variant (pairwise rows)
 * @param difference null for the baseline's own row
 * @param family     the Holm family the row's tests belong to: {@link #OUTCOME} or {@link #COST}
 * @param extraSpend the variant's mean cumulative incentive spend minus the reference's, ¥ (NaN for the baseline)
 * @param ratio      the difference per ¥1M of extra spend with its Fieller 95 % CI, or why there is none
 */
public record ComparisonRow(String variant, String baseline, String reference, String park, Metric metric, CalendarMonth date,
                            Sample sample, Difference difference, double tPHolm, double rankPHolm, String family, double extraSpend,
                            Ratio ratio) {
    public static final String OUTCOME = "outcome";
    public static final String COST = "cost";

    public boolean isBaseline() { return difference == null; }

    /** Compared with the baseline (or the baseline's own row), rather than a pairwise row between two other variants. */
    public boolean againstBaseline() { return reference.equals(baseline); }

    /** The difference per ¥1M of extra spend; NaN when not given. */
    public double perExtraMillion() { return ratio == null ? Double.NaN : ratio.estimate(); }

    /** Significant at the 5 % level by the t-test after Holm's correction. */
    public boolean significant() {
        return difference != null && tPHolm < 0.05;
    }
}
