package parksim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import parksim.core.CalendarMonth;
import parksim.core.FieldException;
import parksim.core.Segment;

class PoliciesTest {
    private static final CalendarMonth JAN_2025 = CalendarMonth.parse("2025-01");

    private static Policies with(RentSubsidy rent, EquityFund fund) {
        java.util.Map<String, Instrument> m = new java.util.HashMap<>();
        if (rent != null) m.put("rentSubsidy", rent);
        if (fund != null) m.put("equityFund", fund);
        return new Policies(m);
    }

    private static double rentShare(Policies p, Segment segment, CalendarMonth month) {
        Offer o = p.offer(new FirmIncentive.Applicant(segment, 1e8, 5000, 0), month);
        return o.terms().stream().filter(t -> t instanceof Terms.Rent).mapToDouble(t -> ((Terms.Rent) t).share()).sum();
    }

    private static final Offer FULL = new Offer(List.of(new Terms.Rent(0.5, 10), new Terms.FitOutGrant(1000),
            new Terms.TaxRebate(0.5, 10), new Terms.Talent(1200, 10), new Terms.EquityStake(500), new Terms.ListingGrant(300)));

    @Test
    void anOfferCarriesOnlyInstrumentsActiveForTheSegmentAndMonth() {
        RentSubsidy rent = new RentSubsidy(0.5, 36, List.of(Segment.STORAGE), CalendarMonth.parse("2025-01"), CalendarMonth.parse("2025-12"));
        Policies p = with(rent, null);
        assertEquals(0.5, rentShare(p, Segment.STORAGE, JAN_2025));
        assertEquals(0, rentShare(p, Segment.THERAPY, JAN_2025), "segment not covered");
        assertEquals(0, rentShare(p, Segment.STORAGE, CalendarMonth.parse("2026-01")), "after the end");
        assertEquals(0, rentShare(p, Segment.STORAGE, CalendarMonth.parse("2024-12")), "before the start");
    }

    @Test
    void theEquityStakeIsCappedPerFirmAndByWhatIsLeftOfTheFund() {
        EquityFund fund = new EquityFund(1e9, 0.1, 5e6, null, null, null, null);
        assertEquals(3e6, fund.stakeFor(3e7, 1e9), 1e-6);
        assertEquals(5e6, fund.stakeFor(1e9, 1e9), 1e-6, "per-firm cap");
        assertEquals(1e6, fund.stakeFor(1e9, 1e6), 1e-6, "fund nearly spent");
    }

    private static Term.Tenancy tenancy(int tenancyMonths, int monthsOpen) {
        return new Term.Tenancy(tenancyMonths, monthsOpen, true, 100, 100, 10);
    }

    @Test
    void rentSubsidyRunsForItsMonthsFromMoveIn() {
        Term rent = new Terms.Rent(0.5, 3);
        assertEquals(50, rent.due(Term.Occasion.MONTH, tenancy(0, 0)), 1e-9);
        assertEquals(50, rent.due(Term.Occasion.MONTH, tenancy(2, 0)), 1e-9);
        assertEquals(0, rent.due(Term.Occasion.MONTH, tenancy(3, 0)), 1e-9);
        assertEquals(0, rent.due(Term.Occasion.MOVE_IN, tenancy(0, 0)), 1e-9, "rent relief is paid monthly");
    }

    @Test
    void taxRebateAndTalentSubsidyRunFromOpening() {
        Term tax = new Terms.TaxRebate(0.4, 12);
        Term talent = new Terms.Talent(12000, 24);
        assertEquals(40, tax.due(Term.Occasion.MONTH, tenancy(20, 11)), 1e-9);
        assertEquals(0, tax.due(Term.Occasion.MONTH, tenancy(20, 12)), 1e-9);
        assertEquals(0, tax.due(Term.Occasion.MONTH, new Term.Tenancy(2, 0, false, 100, 100, 10)), 1e-9, "not before opening");
        assertEquals(10 * 1000, talent.due(Term.Occasion.MONTH, tenancy(0, 0)), 1e-9);
        assertEquals(0, talent.due(Term.Occasion.MONTH, tenancy(30, 24)), 1e-9);
        assertTrue(tax.over(tenancy(30, 24)) && talent.over(tenancy(30, 24)));
    }

    /** Moves in now, opens in 2 months, output 1000 a month from opening, 100 months to the horizon. */
    private static Offer.Outlook outlook(boolean canList, int monthsLeft) {
        return new Offer.Outlook(100, 0.1, 2, canList, 0, 2, k -> 1000, monthsLeft);
    }

    @Test
    void expectedCostAddsEveryBudgetTermAlongTheTenancyButNotTheEquityStake() {
        // rent 0.5*100*10 + fit-out 1000 + tax 0.5*0.1*1000*10 + talent 100*2*10 + listing grant 300
        assertEquals(500 + 1000 + 500 + 2000 + 300, FULL.expectedCost(outlook(true, 100)).total(), 1e-9);
        assertEquals(1000 + 500 + 2000 + 300 + 0.3 * 500, FULL.nonRentValue(outlook(true, 100), 0.3), 1e-9);
        assertEquals(500 + 1000 + 500 + 2000, FULL.expectedCost(outlook(false, 100)).total(), 1e-9,
                "no listing grant is promised to a firm too small to list");
        assertEquals(0.5 * 10 / 60.0, FULL.rentRelief(60), 1e-12, "rent relief counts pro rata over the months a prospect weighs");
    }

    @Test
    void whatFallsDueAfterTheHorizonIsCountedApart() {
        // 6 months left: rent months 0..5, tax and talent months 0..3 (open from month 2)
        ExpectedCost c = FULL.expectedCost(outlook(false, 6));
        assertEquals(50 * 6 + 1000 + 50 * 4 + 200 * 4, c.withinHorizon(), 1e-9);
        assertEquals(50 * 4 + 50 * 6 + 200 * 6, c.beyondHorizon(), 1e-9);
    }

    @Test
    void theTaxRebateIsExpectedOnTheOutputPathNotAtCapacity() {
        Offer tax = new Offer(List.of(new Terms.TaxRebate(0.5, 4)));
        Offer.Outlook ramp = new Offer.Outlook(0, 0.1, 1, false, 0, 0, k -> 250.0 * Math.min(4, k + 1), 100);
        assertEquals(0.5 * 0.1 * (250 + 500 + 750 + 1000), tax.expectedCost(ramp).total(), 1e-9);
    }

    @Test
    void anInitialTenantIsPromisedOnlyTheTermsStillToRun() {
        // moved in 4 months ago, open for 2: 6 rent months, 8 tax and talent months left, fit-out paid
        Offer.Outlook done = new Offer.Outlook(100, 0.1, 2, false, -4, -2, k -> 1000, 100);
        assertEquals(0.5 * 100 * 6 + 0.5 * 0.1 * 1000 * 8 + 100 * 2 * 8, FULL.expectedCost(done).total(), 1e-9);
    }

    @Test
    void scalingCutsEveryBudgetTermButKeepsTheEquityStake() {
        Offer half = FULL.scaled(0.5);
        assertEquals(FULL.expectedCost(outlook(true, 100)).total() / 2, half.expectedCost(outlook(true, 100)).total(), 1e-9);
        assertEquals(500, half.fundStake(), 1e-9);
        assertTrue(FULL.hasIncentive());
        assertTrue(!FULL.scaled(0).hasIncentive(), "scaled to nothing, only the equity stake is left");
    }

    @Test
    void theOfferRuleScalesOrWithdrawsAPackageTheBudgetCannotHold() {
        assertEquals(1, Rationing.factor(OfferRule.SCALE, 100, 500, Double.POSITIVE_INFINITY), 1e-12);
        assertEquals(0.4, Rationing.factor(OfferRule.SCALE, 100, 40, Double.POSITIVE_INFINITY), 1e-12);
        assertEquals(0, Rationing.factor(OfferRule.ALL_OR_NOTHING, 100, 40, Double.POSITIVE_INFINITY), 1e-12);
        assertEquals(0.3, Rationing.factor(OfferRule.ALL_OR_NOTHING, 100, 40, 30), 1e-12, "capped to 30, which fits");
        assertEquals(0.25, Rationing.factor(OfferRule.SCALE, 100, 25, 30), 1e-12, "capped, then scaled to what is left");
    }

    @Test
    void eventsAreSpreadEvenlyOverTheYear() {
        EventsProgramme tenAYear = new EventsProgramme(10.0, 0.02, 6.0, 1.0, null, null);
        int held = 0;
        for (int k = 0; k < 12; k++) {
            assertTrue(tenAYear.eventsInMonth(k) <= 1);
            held += tenAYear.eventsInMonth(k);
        }
        assertEquals(10, held);
        EventsProgramme thirty = new EventsProgramme(30.0, 0.02, 6.0, 1.0, null, null);
        int total = 0;
        for (int k = 0; k < 24; k++) total += thirty.eventsInMonth(k);
        assertEquals(60, total);
    }

    @Test
    void platformsShortenFitOutButNeverBelowAMonth() {
        ProgrammeEffects effects = new ProgrammeEffects();
        new PublicPlatforms(3, 0.4, 1.0, null, null).act(effects, JAN_2025, 0, true);
        assertEquals(3, effects.fitOutMonths(5));
        new PublicPlatforms(3, 1.0, 1.0, null, null).act(effects, JAN_2025, 0, true);
        assertEquals(1, effects.fitOutMonths(5));
        effects.beginMonth();
        new PublicPlatforms(3, 1.0, 1.0, null, null).act(effects, JAN_2025, 0, false);
        assertEquals(5, effects.fitOutMonths(5), "unfunded platforms shorten nothing");
    }

    @Test
    void instrumentsValidateTheirParameters() {
        FieldException e = assertThrows(FieldException.class, () -> new RentSubsidy(1.5, 12, null, null, null));
        assertEquals("share", e.field());
        FieldException order = assertThrows(FieldException.class,
                () -> new TaxRebate(0.5, 12, null, CalendarMonth.parse("2025-06"), CalendarMonth.parse("2025-01")));
        assertEquals("end", order.field());
    }
}
