package parksim.policy;

import java.io.Serializable;

/**
 * One term of the incentive package a park grants a firm: what falls due and when, what it is
 * expected to cost the budget, what the prospect counts it as when it decides, and when it is over
 * (so that what is left of its promise can be released). Each firm-level instrument makes one kind.
 */
public interface Term extends Serializable {
    /** When a term can fall due. */
    enum Occasion { SIGNING, MOVE_IN, MONTH, LISTING }

    /** Where the firm's tenancy stands when something falls due. */
    record Tenancy(int tenancyMonths, int monthsOpen, boolean open, double monthlyRent, double monthlyTax, int employees) {}

    /** The registry id of the instrument that made the term (it books the spend). */
    String instrument();

    /** What the park owes the firm on {@code occasion}, ¥. */
    double due(Occasion occasion, Tenancy tenancy);

    /**
     * Expected ¥ cost to the budget of what is still to fall due, along the firm's expected tenancy:
     * by default the term's own {@link #due} rule applied month by month ({@link ExpectedCost}).
     */
    default ExpectedCost expectedCost(Offer.Outlook outlook) { return ExpectedCost.along(this, outlook); }

    /** True once nothing more can fall due but on listing (promises of finished terms are released). */
    boolean over(Tenancy tenancy);

    /** The same term with its amounts or shares multiplied by {@code factor} (0..1). */
    Term scaled(double factor);

    /** The term in a few words, for inspectors. */
    String describe();

    /**
     * Whether its promise is held apart until the occasion it waits for (a listing grant): other
     * terms' promises form one pool, drawn on as they fall due and released once they are all over.
     */
    default boolean heldApart() { return false; }

    /** Whether it is paid from the park's equity fund rather than the incentive budget. */
    default boolean fromFund() { return false; }

    /** Whether it gives the firm nothing. */
    boolean isEmpty();

    /** Share of rent it relieves, averaged over the months a prospect weighs rent: counted in the net-rent term. */
    default double rentRelief(int evaluationMonths) { return 0; }

    /**
     * ¥ value to a prospect deciding (rent relief is counted in net rent instead), given its
     * {@code expected} cost to the budget along {@code outlook} (already computed: zero for a fund term).
     */
    default double valueCny(Offer.Outlook outlook, ExpectedCost expected, double equityWeight) {
        return expected.total();
    }
}
