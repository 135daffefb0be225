package parksim.gui;

import java.util.stream.Collectors;
import parksim.core.CalendarMonth;
import parksim.core.Segment;
import parksim.model.Park;
import parksim.model.Stage;

/**
 * A park as the display shows it and its inspector reads it: a read-only view of the model's
 * {@link Park}. The layout sets where and how large it is drawn. Each property has a name with its
 * unit ({@code nameX}, MASON's convention); money is in ¥M to two decimals, shares in per cent to one.
 */
public final class ParkView {
    /** The order the inspector lists the properties in (getter names without get/is). */
    static final java.util.List<String> ORDER = java.util.List.of(
            "Name", "Id", "TenantsOpen", "TenantsSignedCumulative", "Negotiating", "Signed", "FittingOut", "Trial", "Operating", "Declined", "Withdrawn", "Exited", "Listed", "OutputLast12MonthsMillions", "Employment", "InvestmentAttractedMillions", "OccupancyPercent", "OccupiedM2", "LettableM2", "ChainCompletenessPercent", "BudgetMillions", "SpentMillions", "CommittedMillions", "UncommittedMillions", "UnpaidMillions", "BudgetRanShort", "PromotionTargets", "Policies");

    private final Park park;
    private final CalendarMonth start;
    /** The month shown, for the floor completed by then. */
    private int monthIndex;
    /** Width and height in field units, set by the layout. */
    double width;
    double height;

    ParkView(Park park, CalendarMonth start) {
        this.park = park;
        this.start = start;
    }

    Park park() { return park; }

    void setMonthIndex(int index) { monthIndex = index; }

    public String getId() { return park.id(); }
    public String nameId() { return "Id"; }
    public String getName() { return park.name(); }
    public String nameName() { return "Name"; }
    public int getNegotiating() { return park.count(Stage.NEGOTIATING); }
    public String nameNegotiating() { return "Firms negotiating"; }
    public int getSigned() { return park.count(Stage.SIGNED); }
    public String nameSigned() { return "Firms signed, waiting for floor"; }
    public int getFittingOut() { return park.count(Stage.FITTING_OUT); }
    public String nameFittingOut() { return "Firms fitting out"; }
    public int getTrial() { return park.count(Stage.TRIAL); }
    public String nameTrial() { return "Firms in trial production"; }
    public int getOperating() { return park.count(Stage.OPERATING); }
    public String nameOperating() { return "Firms operating"; }
    public int getDeclined() { return park.count(Stage.DECLINED); }
    public String nameDeclined() { return "Declined (so far)"; }
    public int getWithdrawn() { return park.count(Stage.WITHDRAWN); }
    public String nameWithdrawn() { return "Withdrew after signing (so far)"; }
    public int getExited() { return park.count(Stage.EXITED); }
    public String nameExited() { return "Exited (so far)"; }
    public int getTenantsSignedCumulative() { return park.signedCum(); }
    public String nameTenantsSignedCumulative() { return "Tenants signed (so far)"; }
    public int getTenantsOpen() { return park.open(); }
    public String nameTenantsOpen() { return "Tenants open (trial or operating)"; }
    public int getListed() { return park.listedCum(); }
    public String nameListed() { return "Tenants listed (so far)"; }
    public double getOutputLast12MonthsMillions() { return Money.millions(park.output12m()); }
    public String nameOutputLast12MonthsMillions() { return "Output, last 12 months (¥M)"; }
    public int getEmployment() { return park.employment(); }
    public String nameEmployment() { return "Employment (jobs)"; }
    public double getInvestmentAttractedMillions() { return Money.millions(park.investmentCum()); }
    public String nameInvestmentAttractedMillions() { return "Investment attracted (¥M)"; }
    public long getOccupiedM2() { return Math.round(park.occupiedFloor()); }
    public String nameOccupiedM2() { return "Floor occupied (m²)"; }
    public long getLettableM2() { return Math.round(park.lettableFloor(monthIndex)); }
    public String nameLettableM2() { return "Floor completed (m²)"; }
    public double getOccupancyPercent() { return percent(occupancy(park.occupiedFloor(), park.lettableFloor(monthIndex))); }
    public String nameOccupancyPercent() { return "Occupancy (% of completed floor)"; }
    public double getChainCompletenessPercent() { return percent(park.chainCompleteness()); }
    public String nameChainCompletenessPercent() { return "Chain completeness (% of core segments)"; }

    public double getBudgetMillions() { return Money.millions(park.budget().total()); }
    public String nameBudgetMillions() { return "Incentive budget (¥M)"; }
    public double getSpentMillions() { return Money.millions(park.budget().spent()); }
    public String nameSpentMillions() { return "Budget spent (¥M)"; }
    public double getCommittedMillions() { return Money.millions(park.budget().committed()); }
    public String nameCommittedMillions() { return "Budget committed to firms and programmes (¥M)"; }
    public double getUncommittedMillions() { return Money.millions(park.budget().uncommitted()); }
    public String nameUncommittedMillions() { return "Budget left (¥M)"; }
    public double getUnpaidMillions() { return Money.millions(park.budget().unpaid()); }
    public String nameUnpaidMillions() { return "Payments the budget could not make (¥M)"; }
    public String getBudgetRanShort() { return StatusTable.firstShort(park, start); }
    public String nameBudgetRanShort() { return "Budget first ran short in"; }
    public String desBudgetRanShort() { return "The first month the budget had to cut an offer, a programme or a payment."; }

    /** The core segments promotion targets this month (empty when it does not run). */
    public String getPromotionTargets() {
        if (!park.programmes().promoting()) return "";
        return park.programmes().promotionTargets().stream().map(Segment::id).collect(Collectors.joining(", "));
    }
    public String namePromotionTargets() { return "Promotion targets now"; }

    /** The package new prospects are offered now (firms keep the terms they negotiated). */
    public String getPolicies() { return PolicySummary.of(park.policies()); }
    public String namePolicies() { return "Policy package now"; }

    static double occupancy(double occupied, double lettable) {
        return lettable > 0 ? occupied / lettable : 0;
    }

    /** A share in per cent, to one decimal. */
    static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    @Override
    public String toString() { return park.name(); }
}
