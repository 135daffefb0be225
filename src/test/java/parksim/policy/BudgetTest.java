package parksim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BudgetTest {
    @Test
    void promisesOnlyWhatIsNeitherSpentNorPromised() {
        Budget b = new Budget(100);
        assertTrue(b.tryCommit(60));
        assertFalse(b.tryCommit(50), "60 promised of 100: 50 more does not fit");
        assertTrue(b.tryCommit(40));
        assertEquals(0, b.uncommitted(), 1e-9);
    }

    @Test
    void payingAPromiseMovesItFromCommittedToSpent() {
        Budget b = new Budget(100);
        b.tryCommit(60);
        b.pay("rentSubsidy", 20, 20, 0);
        assertEquals(20, b.spent(), 1e-9);
        assertEquals(40, b.committed(), 1e-9);
        assertEquals(20, b.spentOn("rentSubsidy"), 1e-9);
        assertEquals(0, b.spentOn("taxRebate"), 1e-9);
        assertEquals(40, b.uncommitted(), 1e-9);
    }

    @Test
    void nothingIsPaidBeyondTheBudgetAndTheShortfallIsRecordedUnpaid() {
        Budget b = new Budget(50);
        assertTrue(b.tryCommit(50));
        double paid = b.pay("fitOutSubsidy", 70, 50, 7); // a promise that turned out dearer
        assertEquals(50, paid, 1e-9);
        assertEquals(50, b.spent(), 1e-9);
        assertEquals(20, b.unpaid(), 1e-9);
        assertEquals(20, b.unpaidThisMonth(), 1e-9);
        assertEquals(7, b.firstShortMonth());
        assertFalse(b.tryCommit(1));
        assertFalse(b.canAfford(1));
    }

    @Test
    void aPaymentBeyondItsPromiseComesOutOfUncommittedMoneyFirst() {
        Budget b = new Budget(100);
        b.tryCommit(30);
        assertEquals(40, b.pay("taxRebate", 40, 30, 0), 1e-9);
        assertEquals(0, b.unpaid(), 1e-9);
        assertEquals(0, b.committed(), 1e-9);
        assertEquals(60, b.uncommitted(), 1e-9);
        assertEquals(Budget.NEVER, b.firstShortMonth());
    }

    @Test
    void releasedPromisesFreeTheBudgetAgain() {
        Budget b = new Budget(10);
        b.tryCommit(10);
        b.release(4);
        assertTrue(b.tryCommit(4));
    }

    @Test
    void monthlySpendResetsEachMonth() {
        Budget b = new Budget(100);
        b.pay("events", 5, 0, 0);
        assertEquals(5, b.spentThisMonth(), 1e-9);
        b.beginMonth();
        assertEquals(0, b.spentThisMonth(), 1e-9);
        assertEquals(5, b.spent(), 1e-9);
    }

    @Test
    void aNegativeBudgetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Budget(-1));
    }
}
