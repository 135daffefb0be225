package parksim.model;

/**
 * The schedule orderings of one month. Explicit, so that the order in which things happen within a
 * month is a design decision and never an accident of insertion.
 */
public final class Order {
    private Order() {}

    /** The clock turns to the month, before anything reads it. */
    public static final int CLOCK = -1;
    /** New prospects arrive; demand grows. */
    public static final int MARKET = 0;
    /** Each park's administration opens the month and runs this month's programmes. */
    public static final int PROGRAMMES = 1;
    /** Prospects learn of parks and choose one or go elsewhere. */
    public static final int CHOICE = 2;
    /** Firms move through negotiation, signing, move-in, fit-out and trial. */
    public static final int PIPELINE = 3;
    /** Tenants produce, pay and are paid, list or exit. */
    public static final int OPERATIONS = 4;
    /** Administrations adapt (steer promotion to the chain's gaps). */
    public static final int ADMINISTRATION = 5;
    /** Observers record the month; anything added by the caller runs here. */
    public static final int OBSERVE = 6;
}
