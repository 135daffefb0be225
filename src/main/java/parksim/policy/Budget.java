package parksim.policy;

import java.io.Serializable;

/**
 * A park's incentive budget over the scenario: what is spent, and what is promised to firms but
 * not yet paid. New promises and programme spending are allowed only while both fit in the total;
 * promises already made are honoured even if they turn out dearer than expected.
 */
public final class Budget implements Serializable {
    private final double total;
    private double spent;
    private double committed;
    private double spentThisMonth;
    private final double[] spentByKind = new double[InstrumentKind.COUNT];

    public Budget(double total) {
        if (!(total >= 0)) throw new IllegalArgumentException("budget must be >= 0, was " + total);
        this.total = total;
    }

    public double total() { return total; }
    public double spent() { return spent; }
    public double committed() { return committed; }
    public double spentThisMonth() { return spentThisMonth; }
    public double spentOn(InstrumentKind kind) { return spentByKind[kind.ordinal()]; }

    /** Money neither spent nor promised. */
    public double uncommitted() { return Math.max(0, total - spent - committed); }

    public boolean canAfford(double amount) {
        return amount <= uncommitted() + 1e-6;
    }

    /** Promises {@code amount} if it fits; returns whether it did. */
    public boolean tryCommit(double amount) {
        if (!canAfford(amount)) return false;
        committed += amount;
        return true;
    }

    /** Gives back the unused part of a promise. */
    public void release(double amount) {
        committed = Math.max(0, committed - amount);
    }

    /** Pays {@code amount}, of which {@code fromCommitment} had been promised. */
    public void pay(InstrumentKind kind, double amount, double fromCommitment) {
        if (amount <= 0) return;
        spent += amount;
        spentThisMonth += amount;
        spentByKind[kind.ordinal()] += amount;
        release(fromCommitment);
    }

    public void beginMonth() { spentThisMonth = 0; }
}
