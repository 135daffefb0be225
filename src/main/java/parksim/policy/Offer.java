package parksim.policy;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The incentive terms a park grants a firm when it starts negotiating: one {@link Term} per
 * instrument that offered one. They hold for that firm whatever the park offers later.
 */
public record Offer(List<Term> terms) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final Offer NONE = new Offer(List.of());

    public Offer {
        terms = List.copyOf(terms);
    }

    /**
     * What a prospect expects of its tenancy when it weighs an offer, and what the park expects to pay.
     *
     * @param canList whether the firm's output at capacity reaches the listing threshold
     */
    public record Outlook(double monthlyRent, double monthlyOutput, double taxRate, int employees, boolean canList) {}

    /**
     * How far a tenancy had got when the terms were promised: a new firm has done nothing yet; an
     * initial tenant may be months into its rent relief or open months.
     */
    public record Progress(int tenancyMonths, int monthsOpen, boolean movedIn) {
        public static final Progress NEW = new Progress(0, 0, false);
    }

    /** Whether any budget-funded term gives the firm something. */
    public boolean hasIncentive() {
        return terms.stream().anyMatch(t -> !t.fromFund() && !t.isEmpty());
    }

    /** The same terms with every budget-funded amount or share multiplied by {@code factor} (0..1); fund terms stay. */
    public Offer scaled(double factor) {
        if (factor >= 1) return this;
        double f = Math.max(0, factor);
        return new Offer(terms.stream().map(t -> t.fromFund() ? t : t.scaled(f)).toList());
    }

    /** The same terms without those paid from the equity fund (the fund had nothing left, or it was paid before the start). */
    public Offer withoutFund() {
        return new Offer(terms.stream().filter(t -> !t.fromFund()).toList());
    }

    /** Expected ¥ cost to the budget of a new firm's terms. */
    public double expectedCost(Outlook o) {
        return budgetCost(o, Progress.NEW);
    }

    /** Expected ¥ cost to the budget of the terms still to run, given how far the tenancy has got. */
    public double budgetCost(Outlook o, Progress done) {
        double sum = 0;
        for (Term t : terms) sum += t.expectedCost(o, done);
        return sum;
    }

    /** What the budget promises for each term (in the order of {@link #terms()}). */
    public double[] promises(Outlook o, Progress done) {
        double[] p = new double[terms.size()];
        for (int i = 0; i < p.length; i++) p[i] = terms.get(i).expectedCost(o, done);
        return p;
    }

    /** Share of rent relieved, averaged over the months a prospect weighs rent. */
    public double rentRelief(int evaluationMonths) {
        double sum = 0;
        for (Term t : terms) sum += t.rentRelief(evaluationMonths);
        return Math.min(1, sum);
    }

    /** Expected ¥ value of the terms other than rent relief to a prospect; equity counts at {@code equityWeight} of its face value. */
    public double nonRentValue(Outlook o, double equityWeight) {
        double sum = 0;
        for (Term t : terms) sum += t.valueCny(o, equityWeight);
        return sum;
    }

    /** The stake the equity fund takes at signing, ¥. */
    public double fundStake() {
        double sum = 0;
        for (Term t : terms) if (t.fromFund()) sum += t.due(Term.Occasion.SIGNING, null);
        return sum;
    }

    /** The terms in a few words. */
    public String describe() {
        String s = terms.stream().filter(t -> !t.isEmpty()).map(Term::describe).collect(Collectors.joining("; "));
        return s.isEmpty() ? "none" : s;
    }
}
