package parksim.policy;

import java.io.Serializable;
import java.util.List;
import java.util.function.IntToDoubleFunction;
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
     * What a prospect (or an initial tenant) expects of its tenancy, from the current month on: when
     * it moves in and opens, its rent, jobs and tax rate, and its expected output in each month open.
     * The park values the offer and promises its cost on it.
     *
     * @param moveInIn          months from now to moving in (0 or less: moved in that many months ago)
     * @param openIn            months from now to opening (0 or less: open that many months already)
     * @param outputByMonthOpen expected output, ¥, in the k-th month open (k = 0 in the month it opens)
     * @param canList           whether the firm's output at capacity reaches the listing threshold
     * @param monthsLeft        months to the scenario's horizon, this one included
     */
    public record Outlook(double monthlyRent, double taxRate, int employees, boolean canList, int moveInIn, int openIn,
                          IntToDoubleFunction outputByMonthOpen, int monthsLeft) {
        /** Where the tenancy stands {@code t} months from now, as expected. */
        Term.Tenancy tenancyAt(int t) {
            int monthsOpen = t - openIn;
            boolean open = monthsOpen >= 0;
            double output = open ? outputByMonthOpen.applyAsDouble(monthsOpen) : 0;
            return new Term.Tenancy(Math.max(0, t - moveInIn), Math.max(0, monthsOpen), open, monthlyRent, taxRate * output, employees);
        }
    }

    /** Whether any budget-funded term gives the firm something. */
    public boolean hasIncentive() {
        for (Term t : terms) if (!t.fromFund() && !t.isEmpty()) return true;
        return false;
    }

    /** The same terms with every budget-funded amount or share multiplied by {@code factor} (0..1); fund terms stay. */
    public Offer scaled(double factor) {
        if (factor >= 1) return this;
        double f = Math.max(0, factor);
        Term[] scaled = new Term[terms.size()];
        for (int i = 0; i < scaled.length; i++) scaled[i] = terms.get(i).fromFund() ? terms.get(i) : terms.get(i).scaled(f);
        return new Offer(List.of(scaled));
    }

    /** The same terms without those paid from the equity fund (the fund had nothing left, or it was paid before the start). */
    public Offer withoutFund() {
        List<Term> kept = new java.util.ArrayList<>(terms.size());
        for (Term t : terms) if (!t.fromFund()) kept.add(t);
        return new Offer(kept);
    }

    /** Expected ¥ cost to the budget of the terms still to fall due: within the horizon and after it. */
    public ExpectedCost expectedCost(Outlook o) {
        ExpectedCost sum = ExpectedCost.ZERO;
        for (Term t : terms) if (!t.fromFund()) sum = sum.plus(t.expectedCost(o));
        return sum;
    }

    /** What the budget promises for each term (in the order of {@link #terms()}). */
    public ExpectedCost[] promises(Outlook o) {
        ExpectedCost[] p = new ExpectedCost[terms.size()];
        for (int i = 0; i < p.length; i++) p[i] = terms.get(i).fromFund() ? ExpectedCost.ZERO : terms.get(i).expectedCost(o);
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
        return priced(o).nonRentValue(equityWeight);
    }

    /** The offer with each term's expected cost along {@code o} computed once, for a prospect's choice and the park's promise. */
    public Priced priced(Outlook o) {
        return new Priced(this, o, promises(o));
    }

    /**
     * An offer valued along one expected tenancy.
     *
     * @param promises what the budget promises for each term, in the order of {@link #terms()} ({@link #promises})
     */
    public record Priced(Offer offer, Outlook outlook, ExpectedCost[] promises) {
        /** As {@link Offer#expectedCost}. */
        public ExpectedCost expectedCost() {
            ExpectedCost sum = ExpectedCost.ZERO;
            for (int i = 0; i < promises.length; i++) if (!offer.terms.get(i).fromFund()) sum = sum.plus(promises[i]);
            return sum;
        }

        /** The offer with its budget-funded terms multiplied by {@code factor} (0..1), priced along the same tenancy. */
        public Priced scaled(double factor) {
            return factor >= 1 ? this : offer.scaled(factor).priced(outlook);
        }

        /** As {@link Offer#nonRentValue}. */
        public double nonRentValue(double equityWeight) {
            double sum = 0;
            for (int i = 0; i < promises.length; i++) sum += offer.terms.get(i).valueCny(outlook, promises[i], equityWeight);
            return sum;
        }
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
