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

    /** The cost of {@code term} along {@code o}'s expected tenancy, from now on. */
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
}
