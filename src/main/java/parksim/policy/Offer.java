package parksim.policy;

import java.io.Serializable;

/**
 * The incentive terms a park grants a firm when it starts negotiating; they hold for that firm
 * whatever the park offers later.
 *
 * @param rentShare          share of rent the park pays ...
 * @param rentMonths         ... for this many months after moving in
 * @param fitOutGrant        one-off grant at move-in, ¥
 * @param taxRebateShare     share of tax returned ...
 * @param taxRebateMonths    ... for this many months after opening
 * @param talentPerEmployeePerYear talent subsidy per employee, ¥ a year ...
 * @param talentMonths       ... for this many months after opening
 * @param equityStake        equity-fund investment at signing, ¥ (from the fund's capital, not the budget)
 * @param listingGrant       grant paid if the firm lists, ¥ (promised only to firms large enough to list)
 */
public record Offer(double rentShare, int rentMonths, double fitOutGrant, double taxRebateShare, int taxRebateMonths,
                    double talentPerEmployeePerYear, int talentMonths, double equityStake, double listingGrant)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final Offer NONE = new Offer(0, 0, 0, 0, 0, 0, 0, 0, 0);

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

    public double rentSubsidy(int tenancyMonth, double monthlyRent) {
        return tenancyMonth < rentMonths ? rentShare * monthlyRent : 0;
    }

    public double taxRebate(int monthsOpen, double tax) {
        return monthsOpen < taxRebateMonths ? taxRebateShare * tax : 0;
    }

    public double talentSubsidy(int monthsOpen, int employees) {
        return monthsOpen < talentMonths ? talentPerEmployeePerYear / 12.0 * employees : 0;
    }

    /** True once every term but listing support has run its course. */
    public boolean exhausted(int tenancyMonths, int monthsOpen) {
        return tenancyMonths >= rentMonths && monthsOpen >= Math.max(taxRebateMonths, talentMonths);
    }

    /** Whether any budget-funded term is on offer. */
    public boolean hasIncentive() {
        return rentShare > 0 && rentMonths > 0 || fitOutGrant > 0 || taxRebateShare > 0 && taxRebateMonths > 0
                || talentPerEmployeePerYear > 0 && talentMonths > 0 || listingGrant > 0;
    }

    /** The same terms with every budget-funded amount or share multiplied by {@code factor} (0..1); the equity stake stays. */
    public Offer scaled(double factor) {
        if (factor >= 1) return this;
        double f = Math.max(0, factor);
        return new Offer(rentShare * f, rentMonths, fitOutGrant * f, taxRebateShare * f, taxRebateMonths,
                talentPerEmployeePerYear * f, talentMonths, equityStake, listingGrant * f);
    }

    /** The same terms without the equity stake (the fund had nothing left, or it was paid before the start). */
    public Offer withoutEquity() {
        return new Offer(rentShare, rentMonths, fitOutGrant, taxRebateShare, taxRebateMonths, talentPerEmployeePerYear,
                talentMonths, 0, listingGrant);
    }

    /** Expected ¥ value of the non-rent terms to a new firm; equity counts at {@code equityWeight} of its face value. */
    public double nonRentValue(Outlook o, double equityWeight) {
        return budgetCost(o, Progress.NEW) - rentCost(o, Progress.NEW) + equityWeight * equityStake;
    }

    /** Expected ¥ cost to the budget of a new firm's terms. */
    public double expectedCost(Outlook o) {
        return budgetCost(o, Progress.NEW);
    }

    /**
     * Expected ¥ cost to the budget of the terms still to run, given how far the tenancy has got:
     * what its budget must hold back. The equity stake is not a budget cost.
     */
    public double budgetCost(Outlook o, Progress done) {
        int taxMonthsLeft = Math.max(0, taxRebateMonths - done.monthsOpen());
        int talentMonthsLeft = Math.max(0, talentMonths - done.monthsOpen());
        return rentCost(o, done)
                + (done.movedIn() ? 0 : fitOutGrant)
                + taxRebateShare * o.taxRate() * o.monthlyOutput() * taxMonthsLeft
                + talentPerEmployeePerYear / 12.0 * o.employees() * talentMonthsLeft
                + (o.canList() ? listingGrant : 0);
    }

    private double rentCost(Outlook o, Progress done) {
        return rentShare * o.monthlyRent() * Math.max(0, rentMonths - done.tenancyMonths());
    }
}
