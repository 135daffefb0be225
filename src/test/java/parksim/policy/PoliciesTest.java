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
        return new Policies(rent, null, null, null, fund, null, null, null, null, null);
    }

    @Test
    void anOfferCarriesOnlyInstrumentsActiveForTheSegmentAndMonth() {
        RentSubsidy rent = new RentSubsidy(0.5, 36, List.of(Segment.STORAGE), CalendarMonth.parse("2025-01"), CalendarMonth.parse("2025-12"));
        Policies p = with(rent, null);
        assertEquals(0.5, p.offer(Segment.STORAGE, 1e8, 5000, JAN_2025, 0).rentShare());
        assertEquals(0, p.offer(Segment.THERAPY, 1e8, 5000, JAN_2025, 0).rentShare(), "segment not covered");
        assertEquals(0, p.offer(Segment.STORAGE, 1e8, 5000, CalendarMonth.parse("2026-01"), 0).rentShare(), "after the end");
        assertEquals(0, p.offer(Segment.STORAGE, 1e8, 5000, CalendarMonth.parse("2024-12"), 0).rentShare(), "before the start");
    }

    @Test
    void theEquityStakeIsCappedPerFirmAndByWhatIsLeftOfTheFund() {
        EquityFund fund = new EquityFund(1e9, 0.1, 5e6, null, null, null, null);
        assertEquals(3e6, fund.stakeFor(3e7, 1e9), 1e-6);
        assertEquals(5e6, fund.stakeFor(1e9, 1e9), 1e-6, "per-firm cap");
        assertEquals(1e6, fund.stakeFor(1e9, 1e6), 1e-6, "fund nearly spent");
    }

    @Test
    void rentSubsidyRunsForItsMonthsFromMoveIn() {
        Offer o = new Offer(0.5, 3, 0, 0, 0, 0, 0, 0, 0);
        assertEquals(50, o.rentSubsidy(0, 100), 1e-9);
        assertEquals(50, o.rentSubsidy(2, 100), 1e-9);
        assertEquals(0, o.rentSubsidy(3, 100), 1e-9);
    }

    @Test
    void taxRebateAndTalentSubsidyRunFromOpening() {
        Offer o = new Offer(0, 0, 0, 0.4, 12, 12000, 24, 0, 0);
        assertEquals(40, o.taxRebate(11, 100), 1e-9);
        assertEquals(0, o.taxRebate(12, 100), 1e-9);
        assertEquals(10 * 1000, o.talentSubsidy(0, 10), 1e-9);
        assertEquals(0, o.talentSubsidy(24, 10), 1e-9);
        assertTrue(o.exhausted(0, 24));
    }

    @Test
    void expectedCostAddsEveryBudgetTermAtFaceValueButNotTheEquityStake() {
        Offer o = new Offer(0.5, 10, 1000, 0.5, 10, 1200, 10, 500, 300);
        Offer.Outlook outlook = new Offer.Outlook(100, 1000, 0.1, 2, true);
        // rent 0.5*100*10 + fit-out 1000 + tax 0.5*0.1*1000*10 + talent 100*2*10 + listing grant 300
        assertEquals(500 + 1000 + 500 + 2000 + 300, o.expectedCost(outlook), 1e-9);
        assertEquals(1000 + 500 + 2000 + 300 + 0.3 * 500, o.nonRentValue(outlook, 0.3), 1e-9);
        Offer.Outlook small = new Offer.Outlook(100, 1000, 0.1, 2, false);
        assertEquals(500 + 1000 + 500 + 2000, o.expectedCost(small), 1e-9, "no listing grant is promised to a firm too small to list");
    }

    @Test
    void anInitialTenantIsPromisedOnlyTheTermsStillToRun() {
        Offer o = new Offer(0.5, 10, 1000, 0.5, 10, 1200, 10, 0, 0);
        Offer.Outlook outlook = new Offer.Outlook(100, 1000, 0.1, 2, false);
        // moved in 4 months ago, open for 2: 6 rent months, 8 tax and talent months left, fit-out paid
        Offer.Progress done = new Offer.Progress(4, 2, true);
        assertEquals(0.5 * 100 * 6 + 0.5 * 0.1 * 1000 * 8 + 100 * 2 * 8, o.budgetCost(outlook, done), 1e-9);
    }

    @Test
    void scalingCutsEveryBudgetTermButKeepsTheEquityStake() {
        Offer o = new Offer(0.5, 10, 1000, 0.5, 10, 1200, 10, 500, 300);
        Offer.Outlook outlook = new Offer.Outlook(100, 1000, 0.1, 2, true);
        Offer half = o.scaled(0.5);
        assertEquals(o.expectedCost(outlook) / 2, half.expectedCost(outlook), 1e-9);
        assertEquals(500, half.equityStake(), 1e-9);
        assertEquals(10, half.rentMonths());
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
        PublicPlatforms p = new PublicPlatforms(3, 0.4, 1.0, null, null);
        assertEquals(3, p.shortenedFitOut(5));
        assertEquals(1, new PublicPlatforms(3, 1.0, 1.0, null, null).shortenedFitOut(5));
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
