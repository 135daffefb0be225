package parksim.scenario;

import java.io.Serializable;
import parksim.core.Require;
import parksim.policy.OfferRule;

/**
 * How a park's administration adapts and how it rations its incentive budget.
 *
 * @param steerPromotionToGaps  targeted promotion follows the core segments that have no operating
 *                              tenant yet (精准招商 along the chain, figure Y11) instead of a fixed list
 * @param offerRule             what happens to a package the budget cannot fully hold (default scale)
 * @param maxOfferPerFirm       cap on the expected cost of one firm's package, ¥ (default none)
 * @param arrearsCredibility    share of the incentives a park owes it (arrears) that a firm counts as
 *                              cash when it decides whether to close (default 1: the zone pays its
 *                              debts; 0: the firm writes them off)
 */
public record AdministrationSpec(Boolean steerPromotionToGaps, OfferRule offerRule, Double maxOfferPerFirm,
                                 Double arrearsCredibility) implements Serializable {
    private static final long serialVersionUID = 1L;

    public AdministrationSpec {
        if (steerPromotionToGaps == null) steerPromotionToGaps = false;
        if (offerRule == null) offerRule = OfferRule.SCALE;
        if (maxOfferPerFirm != null) Require.atLeast(maxOfferPerFirm, 0, "maxOfferPerFirm");
        arrearsCredibility = arrearsCredibility == null ? 1.0 : Require.share(arrearsCredibility, "arrearsCredibility");
    }

    public static AdministrationSpec passive() { return new AdministrationSpec(false, null, null, null); }

    /** The per-firm cap, or infinity when there is none. */
    public double offerCapPerFirm() { return maxOfferPerFirm == null ? Double.POSITIVE_INFINITY : maxOfferPerFirm; }
}
