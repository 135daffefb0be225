package parksim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetTest {
    private static Budget lump(double total) { return Budget.lumpSum(total, 2025); }

    @Test
    void promisesOnlyWhatIsNeitherSpentNorPromised() {
        Budget b = lump(100);
        assertTrue(b.tryCommit(60));
        assertFalse(b.tryCommit(50), "60 promised of 100: 50 more does not fit");
        assertTrue(b.tryCommit(40));
        assertEquals(0, b.uncommitted(), 1e-9);
    }

    @Test
    void payingAPromiseMovesItFromCommittedToSpent() {
        Budget b = lump(100);
        b.book(60, 0);
        b.payDue("rentSubsidy", 20, 20, 0, 0);
        assertEquals(20, b.spent(), 1e-9);
        assertEquals(40, b.committed(), 1e-9);
        assertEquals(20, b.spentOn("rentSubsidy"), 1e-9);
        assertEquals(0, b.spentOn("taxRebate"), 1e-9);
        assertEquals(40, b.uncommitted(), 1e-9);
    }

    @Test
    void aContractIsBookedWhateverIsLeftAndWhatCashCannotPayIsOwed() {
        Budget b = lump(50);
        b.book(80, 0); // a signed agreement is not cut after the fact
        assertEquals(80, b.committed(), 1e-9);
        assertFalse(b.canAfford(1), "no new offer while contracts exceed the money");
        double paid = b.payDue("fitOutSubsidy", 70, 70, 0, 7);
        assertEquals(50, paid, 1e-9);
        assertEquals(50, b.spent(), 1e-9);
        assertEquals(20, b.arrears(), 1e-9);
        assertEquals(b.dueCum() - b.paidOnDueCum(), b.arrears(), 1e-9);
        assertEquals(20, b.unpaidThisMonth(), 1e-9);
        assertEquals(7, b.firstShortMonth());
    }

    @Test
    void aYearsAppropriationArrivesInItsYearAndArrearsArePaidFirst() {
        Budget b = new Budget(Map.of(2025, 10.0, 2026, 30.0), true, 2025);
        assertEquals(40, b.total(), 1e-9);
        assertEquals(10, b.cash(), 1e-9);
        assertEquals(40, b.uncommitted(), 1e-9, "later years' appropriations can back new offers");
        b.payDue("rentSubsidy", 15, 0, 0, 3);
        assertEquals(5, b.arrears(), 1e-9);
        assertFalse(b.payProgramme("events", 1, 0), "no cash left this year");
        b.beginMonth(2026);
        assertEquals(30, b.appropriatedThisYear(), 1e-9);
        assertEquals(0, b.carriedOver(), 1e-9);
        assertEquals(5, b.payArrears("rentSubsidy", 5), 1e-9);
        assertEquals(0, b.arrears(), 1e-9);
        assertEquals(25, b.cash(), 1e-9);
        assertTrue(b.payProgramme("events", 5, 0));
        assertEquals(10, b.spentThisYear(), 1e-9);
    }

    @Test
    void unspentMoneyCarriesOverOrLapsesAsStated() {
        Budget carries = new Budget(Map.of(2025, 10.0, 2026, 10.0), true, 2025);
        Budget lapses = new Budget(Map.of(2025, 10.0, 2026, 10.0), false, 2025);
        for (Budget b : new Budget[] {carries, lapses}) {
            b.payProgramme("events", 4, 0);
            b.beginMonth(2026);
        }
        assertEquals(6, carries.carriedOver(), 1e-9);
        assertEquals(16, carries.cash(), 1e-9);
        assertEquals(0, lapses.carriedOver(), 1e-9);
        assertEquals(10, lapses.cash(), 1e-9);
    }

    @Test
    void anOfferReservesUntilItIsSignedOrFails() {
        Budget b = lump(100);
        b.reserve(30);
        assertEquals(70, b.uncommitted(), 1e-9);
        b.unreserve(30);
        b.book(30, 12);
        assertEquals(0, b.reserved(), 1e-9);
        assertEquals(30, b.committed(), 1e-9);
        assertEquals(12, b.committedBeyondHorizon(), 1e-9);
        assertEquals(70, b.uncommitted(), 1e-9, "what falls due after the horizon uses no money of the run");
    }

    @Test
    void monthlySpendResetsEachMonth() {
        Budget b = lump(100);
        b.payProgramme("events", 5, 0);
        assertEquals(5, b.spentThisMonth(), 1e-9);
        b.beginMonth(2025);
        assertEquals(0, b.spentThisMonth(), 1e-9);
        assertEquals(5, b.spent(), 1e-9);
    }

    @Test
    void aNegativeBudgetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> lump(-1));
        assertThrows(IllegalArgumentException.class, () -> new Budget(Map.of(2025, -1.0), true, 2025));
    }
}
