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
 * @param equityStake        equity-fund investment at signing, ¥
 */
public record Offer(double rentShare, int rentMonths, double fitOutGrant, double taxRebateShare, int taxRebateMonths,
                    double talentPerEmployeePerYear, int talentMonths, double equityStake) implements Serializable {

    public static final Offer NONE = new Offer(0, 0, 0, 0, 0, 0, 0, 0);

    /** What a prospect expects of its tenancy when it weighs an offer. */
    public record Outlook(double monthlyRent, double monthlyOutput, double taxRate, int employees) {}

    public double rentSubsidy(int tenancyMonth, double monthlyRent) {
        return tenancyMonth < rentMonths ? rentShare * monthlyRent : 0;
    }

    public double taxRebate(int monthsOpen, double tax) {
        return monthsOpen < taxRebateMonths ? taxRebateShare * tax : 0;
    }

    public double talentSubsidy(int monthsOpen, int employees) {
        return monthsOpen < talentMonths ? talentPerEmployeePerYear / 12.0 * employees : 0;
    }

    /** True once every term has run its course, so what is left of the commitment can be released. */
    public boolean exhausted(int tenancyMonths, int monthsOpen) {
        return tenancyMonths >= rentMonths && monthsOpen >= Math.max(taxRebateMonths, talentMonths);
    }

    /** Expected ¥ value of the non-rent terms to the firm; equity counts at {@code equityWeight} of its face value. */
    public double nonRentValue(Outlook o, double equityWeight) {
        return fitOutGrant
                + taxRebateShare * o.taxRate() * o.monthlyOutput() * taxRebateMonths
                + talentPerEmployeePerYear / 12.0 * o.employees() * talentMonths
                + equityWeight * equityStake;
    }

    /** Expected ¥ cost of all terms to the park: what its budget must hold back. */
    public double expectedCost(Outlook o) {
        return rentShare * o.monthlyRent() * rentMonths + nonRentValue(o, 1.0);
    }
}
