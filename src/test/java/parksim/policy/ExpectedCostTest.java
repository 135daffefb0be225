package parksim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The built-in terms compute their expected cost directly, skipping the months they pay nothing; a
 * promise must still be exactly what the generic month-by-month rule ({@link ExpectedCost#along})
 * gives, to the last bit, or budgets would drift from what the accounts check.
 */
class ExpectedCostTest {

    private static Offer.Outlook randomOutlook(SplittableRandom r) {
        int moveInIn = r.nextInt(-40, 40);
        int openIn = moveInIn + r.nextInt(-3, 20);
        double capacity = r.nextDouble(1e6, 5e8);
        double utilisation = r.nextDouble(0.2, 1.2);
        int trial = r.nextInt(0, 12);
        return new Offer.Outlook(r.nextDouble(0, 1e6), r.nextDouble(0, 0.2), r.nextInt(1, 500), r.nextBoolean(),
                moveInIn, openIn, k -> capacity / 12.0 * (k < trial ? 0.3 : Math.min(1.0, 0.5 + k / 36.0)) * utilisation,
                r.nextInt(-5, 700));
    }

    private static List<Term> randomTerms(SplittableRandom r) {
        return List.of(
                new Terms.Rent(r.nextDouble(), r.nextInt(0, 130)),
                new Terms.FitOutGrant(r.nextDouble(0, 1e7)),
                new Terms.TaxRebate(r.nextDouble(), r.nextInt(0, 130)),
                new Terms.Talent(r.nextDouble(0, 1e5), r.nextInt(0, 130)),
                new Terms.Rent(r.nextDouble(), 700));
    }

    @Test
    void theBuiltInTermsPromiseExactlyWhatTheMonthByMonthRuleGives() {
        SplittableRandom r = new SplittableRandom(20261204);
        for (int i = 0; i < 5_000; i++) {
            Offer.Outlook o = randomOutlook(r);
            for (Term t : randomTerms(r)) {
                ExpectedCost generic = ExpectedCost.along(t, o);
                ExpectedCost direct = t.expectedCost(o);
                assertEquals(generic.withinHorizon(), direct.withinHorizon(), 0.0, () -> t + " along " + o);
                assertEquals(generic.beyondHorizon(), direct.beyondHorizon(), 0.0, () -> t + " along " + o);
            }
        }
    }

    @Test
    void aPricedOfferValuesAndCostsAsTheOfferItself() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 1_000; i++) {
            Offer.Outlook o = randomOutlook(r);
            Offer offer = new Offer(List.of(new Terms.Rent(0.5, 24), new Terms.TaxRebate(0.4, 36),
                    new Terms.EquityStake(3e6), new Terms.ListingGrant(2e6)));
            Offer.Priced priced = offer.priced(o);
            assertEquals(offer.expectedCost(o), priced.expectedCost());
            double byTerm = 0;
            for (Term t : offer.terms()) byTerm += t.fromFund() ? 0.3 * 3e6 : t instanceof Terms.Rent ? 0 : t.expectedCost(o).total();
            assertEquals(byTerm, priced.nonRentValue(0.3), 0.0);
        }
    }
}
