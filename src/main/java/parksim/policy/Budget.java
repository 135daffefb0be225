package parksim.policy;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A park's incentive money as a zone's treasury keeps it: appropriated by calendar year (a lump sum
 * is an appropriation in the first year), with what a year leaves unspent carried over or lapsing,
 * and, against it, what is paid, what signed agreements and the park's programmes are promised,
 * what offers under negotiation reserve, and what fell due but could not be paid (arrears owed).
 *
 * <p>Cash is a hard limit: nothing is ever paid beyond the year's appropriation and what was carried
 * into it, so per year {@code spentThisYear <= appropriated + carriedOver}. Promises are not: an
 * agreement signed is a contract whatever is left, and a due payment the year's cash cannot make is
 * owed as arrears ({@code arrears = due - paid on contracts}), paid first when money comes in. New
 * offers, in contrast, are made only from money neither spent, promised, reserved nor owed
 * ({@link #uncommitted()}), counting the appropriations of later years within the horizon.
 * Promises falling due after the horizon are kept in a column of their own and use no money here.
 */
public final class Budget implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Marks a budget that has never had to cut anything. */
    public static final int NEVER = Integer.MIN_VALUE;

    private final TreeMap<Integer, Double> appropriations;
    private final boolean carryOver;
    private final double total;
    private int year;
    private double appropriatedThisYear;
    private double carriedIn;
    private double spentThisYear;
    private double later;
    private double spent;
    private double committed;
    private double committedBeyond;
    private double reserved;
    private double spentThisMonth;
    private double unpaid;
    private double unpaidThisMonth;
    private double dueCum;
    private double paidOnDueCum;
    private int firstShortMonth = NEVER;
    /** ¥ paid per instrument, in a mutable cell so that a payment boxes nothing. */
    private final Map<String, double[]> spentByInstrument = new HashMap<>();

    /**
     * @param appropriations ¥ appropriated in each calendar year of the horizon (years before
     *                       {@code firstYear} are not paid out)
     * @param carryOver      whether what a year leaves unspent carries into the next (else it lapses)
     * @param firstYear      the calendar year of the first month
     */
    public Budget(Map<Integer, Double> appropriations, boolean carryOver, int firstYear) {
        this.appropriations = new TreeMap<>(appropriations);
        this.carryOver = carryOver;
        double sum = 0;
        for (Map.Entry<Integer, Double> e : this.appropriations.entrySet()) {
            if (!(e.getValue() >= 0)) throw new IllegalArgumentException("appropriation must be >= 0, was " + e.getValue());
            if (e.getKey() >= firstYear) sum += e.getValue();
        }
        this.total = sum;
        this.later = sum;
        this.year = firstYear - 1;
        openYear(firstYear);
    }

    /** A lump sum available from the start and carried over to the horizon. */
    public static Budget lumpSum(double total, int firstYear) {
        if (!(total >= 0)) throw new IllegalArgumentException("budget must be >= 0, was " + total);
        return new Budget(Map.of(firstYear, total), true, firstYear);
    }

    private void openYear(int newYear) {
        double left = appropriatedThisYear + carriedIn - spentThisYear;
        carriedIn = carryOver ? left : 0;
        year = newYear;
        appropriatedThisYear = appropriations.getOrDefault(newYear, 0.0);
        later -= appropriatedThisYear;
        spentThisYear = 0;
    }

    /** All that is appropriated over the horizon, ¥. */
    public double total() { return total; }
    public double spent() { return spent; }
    /** Promised to signed agreements and programmes, falling due within the horizon, not yet paid. */
    public double committed() { return committed; }
    /** Promised to signed agreements and falling due after the horizon. */
    public double committedBeyondHorizon() { return committedBeyond; }
    /** Held for offers under negotiation (their expected cost within the horizon). */
    public double reserved() { return reserved; }
    public double spentThisMonth() { return spentThisMonth; }
    public double spentThisYear() { return spentThisYear; }
    public double appropriatedThisYear() { return appropriatedThisYear; }
    /** What the previous year left and this year may still spend (0 when unspent money lapses). */
    public double carriedOver() { return carriedIn; }
    public boolean carriesOver() { return carryOver; }
    /** Cash this year can still pay out. */
    public double cash() { return Math.max(0, appropriatedThisYear + carriedIn - spentThisYear); }
    /** What has been paid for the instrument of registry name {@code instrument}. */
    public double spentOn(String instrument) {
        double[] cell = spentByInstrument.get(instrument);
        return cell == null ? 0.0 : cell[0];
    }

    /** ¥ spent on each instrument that was paid anything. */
    public Map<String, Double> spentByInstrument() {
        Map<String, Double> copy = new java.util.HashMap<>();
        spentByInstrument.forEach((id, cell) -> copy.put(id, cell[0]));
        return Map.copyOf(copy);
    }
    /** Payments due that could not be made when they fell due, so far (some may have been paid since). */
    public double unpaid() { return unpaid; }
    public double unpaidThisMonth() { return unpaidThisMonth; }
    /** Contract payments that fell due so far, ¥. */
    public double dueCum() { return dueCum; }
    /** What was paid on them, on time or later, ¥. */
    public double paidOnDueCum() { return paidOnDueCum; }
    /** Owed to firms: due and not yet paid. */
    public double arrears() { return Math.max(0, dueCum - paidOnDueCum); }
    /** The first month (index) in which the budget had to cut an offer, a programme or a payment, or {@link #NEVER}. */
    public int firstShortMonth() { return firstShortMonth; }

    /** Money neither spent, promised, reserved nor owed: this year's cash and later years' appropriations. */
    public double uncommitted() { return Math.max(0, cash() + later - committed - reserved - arrears()); }

    public boolean canAfford(double amount) {
        return amount <= uncommitted() + 1e-6;
    }

    /** Promises {@code amount} if it fits (a programme's plan); returns whether it did. */
    public boolean tryCommit(double amount) {
        if (!canAfford(amount)) return false;
        committed += Math.min(amount, uncommitted());
        return true;
    }

    /** Books a signed agreement's promise, whatever is left: a contract is not rationed after the fact. */
    public void book(double withinHorizon, double beyondHorizon) {
        committed += Math.max(0, withinHorizon);
        committedBeyond += Math.max(0, beyondHorizon);
    }

    /** Gives back the unused part of a promise. */
    public void release(double withinHorizon, double beyondHorizon) {
        committed = Math.max(0, committed - withinHorizon);
        committedBeyond = Math.max(0, committedBeyond - beyondHorizon);
    }

    public void release(double amount) { release(amount, 0); }

    /** Holds {@code amount} for an offer while its talks last. */
    public void reserve(double amount) { reserved += Math.max(0, amount); }

    /** Ends an offer's hold: talks failed, or the offer became a signed agreement. */
    public void unreserve(double amount) { reserved = Math.max(0, reserved - amount); }

    /**
     * Pays what a contract has fallen due: {@code fromPromise} of its promise is released, and as much
     * as this year's cash allows is paid; the rest is owed as arrears, recorded unpaid in {@code monthIndex}.
     *
     * @return the amount actually paid
     */
    public double payDue(String instrument, double due, double fromPromise, double fromPromiseBeyond, int monthIndex) {
        if (due <= 0) return 0;
        release(fromPromise, fromPromiseBeyond);
        dueCum += due;
        double paid = payOut(instrument, due);
        paidOnDueCum += paid;
        double shortfall = due - paid;
        if (shortfall > 1e-6) {
            unpaid += shortfall;
            unpaidThisMonth += shortfall;
            markShort(monthIndex);
        }
        return paid;
    }

    /** Pays, as far as this year's cash goes, arrears of {@code owed} earlier recorded for {@code instrument}. */
    public double payArrears(String instrument, double owed) {
        if (owed <= 0) return 0;
        double paid = payOut(instrument, owed);
        paidOnDueCum += paid;
        return paid;
    }

    /**
     * Pays a programme's month from its reserve ({@code fromReserve} of the promise is released) if the
     * year's cash, after what is owed to firms, covers it; returns whether it was paid.
     */
    public boolean payProgramme(String instrument, double cost, double fromReserve) {
        if (cost > cash() - arrears() + 1e-6) return false;
        release(fromReserve);
        payOut(instrument, cost);
        return true;
    }

    private double payOut(String instrument, double amount) {
        double paid = Math.min(amount, cash());
        spent += paid;
        spentThisYear += paid;
        spentThisMonth += paid;
        spentByInstrument.computeIfAbsent(instrument, k -> new double[1])[0] += paid;
        return paid;
    }

    /** Records that the budget had to cut something in {@code monthIndex} (the first such month is kept). */
    public void markShort(int monthIndex) {
        if (firstShortMonth == NEVER) firstShortMonth = monthIndex;
    }

    /** Opens a month of calendar year {@code calendarYear}: a new year brings its appropriation. */
    public void beginMonth(int calendarYear) {
        spentThisMonth = 0;
        unpaidThisMonth = 0;
        while (year < calendarYear) openYear(year + 1);
    }
}
