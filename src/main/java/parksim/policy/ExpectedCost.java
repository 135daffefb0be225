package parksim.policy;

/**
 * What a term is expected to cost the budget, month by month along the firm's expected tenancy
 * ({@link Offer.Outlook}): what falls due within the scenario's horizon and what falls due after it.
 * The term's own {@link Term#due} rule is applied to each expected month, so a term's promise is
 * exactly what it would pay if the firm moved in, opened and produced as expected.
 */
public record ExpectedCost(double withinHorizon, double beyondHorizon) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public static final ExpectedCost ZERO = new ExpectedCost(0, 0);
    /** Months looked ahead at most: no term runs longer. */
    private static final int MAX_MONTHS = 600;

    public double total() { return withinHorizon + beyondHorizon; }

    public ExpectedCost plus(ExpectedCost o) { return new ExpectedCost(withinHorizon + o.withinHorizon, beyondHorizon + o.beyondHorizon); }

    /**
     * The cost of {@code term} along {@code o}'s expected tenancy, from now on: the generic rule,
     * month by month. The built-in terms compute the same sums directly ({@link #monthly}, {@link #once}).
     */
    static ExpectedCost along(Term term, Offer.Outlook o) {
        double within = 0, beyond = 0;
        int settled = Math.max(Math.max(o.moveInIn(), o.openIn()), 0);
        for (int t = 0; t < MAX_MONTHS; t++) {
            double due = 0;
            if (t == o.moveInIn()) due += term.due(Term.Occasion.MOVE_IN, o.tenancyAt(t));
            Term.Tenancy now = o.tenancyAt(t);
            if (t >= o.moveInIn()) due += term.due(Term.Occasion.MONTH, now);
            if (t < o.monthsLeft()) within += due;
            else beyond += due;
            if (t >= settled && term.over(now)) break;
        }
        return new ExpectedCost(within, beyond);
    }

    /**
     * {@code dueAt(t)} for the months {@code from <= t < until} from now (within the months looked
     * ahead), summed within and beyond the horizon in month order: the same sums as {@link #along}
     * makes for a term due only in those months, without visiting the months it pays nothing.
     */
    static ExpectedCost monthly(int from, int until, int monthsLeft, java.util.function.IntToDoubleFunction dueAt) {
        double within = 0, beyond = 0;
        int last = Math.min(until, MAX_MONTHS);
        for (int t = Math.max(from, 0); t < last; t++) {
            if (t < monthsLeft) within += dueAt.applyAsDouble(t);
            else beyond += dueAt.applyAsDouble(t);
        }
        return new ExpectedCost(within, beyond);
    }

    /** {@code amount} due once, {@code in} months from now (nothing if that month has passed). */
    static ExpectedCost once(int in, int monthsLeft, double amount) {
        if (in < 0 || in >= MAX_MONTHS) return ZERO;
        return in < monthsLeft ? new ExpectedCost(amount, 0) : new ExpectedCost(0, amount);
    }
}
