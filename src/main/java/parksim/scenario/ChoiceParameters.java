package parksim.scenario;

import java.io.Serializable;
import parksim.core.Require;

/**
 * Coefficients of the prospects' multinomial logit over known parks and an outside option.
 *
 * @param outsideUtility       utility of "another region", against which every park competes
 * @param rentPerM2            per ¥ of net monthly rent per m² (negative: dearer is worse)
 * @param incentiveShare       per unit of non-rent incentives as a share of the project's investment
 * @param agglomeration        on ln(1 + same-segment + w · complementary operating tenants)
 * @param complementarityWeight w in the agglomeration term
 * @param talent               per unit of the park's talent index (0..1, raised by a university partnership)
 * @param university           bonus when a university partnership is active
 * @param platforms            per ln(1 + public service platforms)
 * @param marketAccess         per unit of the park's market access index (0..1)
 * @param focus                bonus when the prospect's segment is one the park focuses on
 * @param equityWeight         share of an equity stake's face value a prospect counts as incentive
 * @param evaluationMonths     months over which a prospect weighs rent: a rent subsidy for fewer months counts pro rata
 */
public record ChoiceParameters(
        Double outsideUtility,
        Double rentPerM2,
        Double incentiveShare,
        Double agglomeration,
        Double complementarityWeight,
        Double talent,
        Double university,
        Double platforms,
        Double marketAccess,
        Double focus,
        Double equityWeight,
        Integer evaluationMonths) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ChoiceParameters {
        Require.finite(outsideUtility, "outsideUtility");
        Require.finite(rentPerM2, "rentPerM2");
        Require.finite(incentiveShare, "incentiveShare");
        Require.finite(agglomeration, "agglomeration");
        Require.atLeast(complementarityWeight, 0, "complementarityWeight");
        Require.finite(talent, "talent");
        Require.finite(university, "university");
        Require.finite(platforms, "platforms");
        Require.finite(marketAccess, "marketAccess");
        Require.finite(focus, "focus");
        Require.share(equityWeight, "equityWeight");
        Require.count(evaluationMonths, 1, "evaluationMonths");
    }
}
