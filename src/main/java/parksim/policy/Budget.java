package parksim.policy;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * A park's incentive budget over the scenario: what is spent, what is promised (to firms, and to the
 * park's own programmes) but not yet paid, and what could not be paid.
 *
 * <p>It is a limit: nothing is ever paid beyond the total. A promise is paid from what was held back
 * for it; a payment beyond its promise comes out of the money neither spent nor promised, and what
 * that cannot cover is recorded as unpaid. So {@code spent + committed <= total} at every moment.
 */
public final class Budget implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Marks a budget that has never had to cut anything. */
    public static final int NEVER = Integer.MIN_VALUE;

    private final double total;
    private double spent;
    private double committed;
    private double spentThisMonth;
    private double unpaid;
    private double unpaidThisMonth;
    private int firstShortMonth = NEVER;
    private final Map<String, Double> spentByInstrument = new HashMap<>();

    public Budget(double total) {
        if (!(total >= 0)) throw new IllegalArgumentException("budget must be >= 0, was " + total);
        this.total = total;
    }

    public double total() { return total; }
    public double spent() { return spent; }
    public double committed() { return committed; }
    public double spentThisMonth() { return spentThisMonth; }
    /** What has been paid for the instrument of registry name {@code instrument}. */
    public double spentOn(String instrument) { return spentByInstrument.getOrDefault(instrument, 0.0); }
    /** Payments due that the budget could not make, so far. */
    public double unpaid() { return unpaid; }
    public double unpaidThisMonth() { return unpaidThisMonth; }
    /** The first month (index) in which the budget had to cut an offer, a programme or a payment, or {@link #NEVER}. */
    public int firstShortMonth() { return firstShortMonth; }

    /** Money neither spent nor promised. */
    public double uncommitted() { return Math.max(0, total - spent - committed); }

    public boolean canAfford(double amount) {
        return amount <= uncommitted() + 1e-6;
    }

    /** Promises {@code amount} if it fits; returns whether it did. */
    public boolean tryCommit(double amount) {
        if (!canAfford(amount)) return false;
        committed += Math.min(amount, uncommitted());
        return true;
    }

    /** Gives back the unused part of a promise. */
    public void release(double amount) {
        committed = Math.max(0, committed - amount);
    }

    /**
     * Pays what is due: {@code promised} of it from its promise, the rest from uncommitted money as
     * far as it goes; the remainder is recorded unpaid in {@code monthIndex}.
     *
     * @return the amount actually paid
     */
    public double pay(String instrument, double due, double promised, int monthIndex) {
        if (due <= 0) return 0;
        double fromPromise = Math.min(due, Math.max(0, promised));
        release(fromPromise);
        spent += fromPromise;
        double extra = Math.min(due - fromPromise, uncommitted());
        spent += extra;
        double paid = fromPromise + extra;
        double shortfall = due - paid;
        if (shortfall > 1e-6) {
            unpaid += shortfall;
            unpaidThisMonth += shortfall;
            markShort(monthIndex);
        }
        spentThisMonth += paid;
        spentByInstrument.merge(instrument, paid, Double::sum);
        return paid;
    }

    /** Records that the budget had to cut something in {@code monthIndex} (the first such month is kept). */
    public void markShort(int monthIndex) {
        if (firstShortMonth == NEVER) firstShortMonth = monthIndex;
    }

    public void beginMonth() {
        spentThisMonth = 0;
        unpaidThisMonth = 0;
    }
}
