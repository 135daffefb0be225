package parksim.gui;

import java.util.stream.Collectors;
import parksim.core.Segment;
import parksim.model.Park;
import parksim.model.Stage;

/**
 * A park as the display shows it and its inspector reads it: a read-only view of the model's
 * {@link Park}. The layout sets where and how large it is drawn. Money in ¥M, floor in m².
 */
public final class ParkView {
    private final Park park;
    /** The month shown, for the floor completed by then. */
    private int monthIndex;
    /** Width and height in field units, set by the layout. */
    double width;
    double height;

    ParkView(Park park) {
        this.park = park;
    }

    Park park() { return park; }

    void setMonthIndex(int index) { monthIndex = index; }

    public String getId() { return park.id(); }
    public String getName() { return park.name(); }
    public int getNegotiating() { return park.count(Stage.NEGOTIATING); }
    public int getSigned() { return park.count(Stage.SIGNED); }
    public int getFittingOut() { return park.count(Stage.FITTING_OUT); }
    public int getTrial() { return park.count(Stage.TRIAL); }
    public int getOperating() { return park.count(Stage.OPERATING); }
    public int getDeclined() { return park.count(Stage.DECLINED); }
    public int getWithdrawn() { return park.count(Stage.WITHDRAWN); }
    public int getExited() { return park.count(Stage.EXITED); }
    public int getTenantsSignedCumulative() { return park.signedCum(); }
    public int getTenantsOpen() { return park.open(); }
    public int getListed() { return park.listedCum(); }
    public double getOutputLast12MonthsMillions() { return Money.millions(park.output12m()); }
    public int getEmployment() { return park.employment(); }
    public double getInvestmentAttractedMillions() { return Money.millions(park.investmentCum()); }
    public long getOccupiedM2() { return Math.round(park.occupiedFloor()); }
    public long getLettableM2() { return Math.round(park.lettableFloor(monthIndex)); }
    public double getOccupancy() { return occupancy(park.occupiedFloor(), park.lettableFloor(monthIndex)); }
    public double getChainCompleteness() { return park.chainCompleteness(); }

    public double getBudgetMillions() { return Money.millions(park.budget().total()); }
    public double getSpentMillions() { return Money.millions(park.budget().spent()); }
    public double getCommittedMillions() { return Money.millions(park.budget().committed()); }
    public double getUncommittedMillions() { return Money.millions(park.budget().uncommitted()); }

    /** The core segments promotion targets this month (empty when it does not run). */
    public String getPromotionTargets() {
        if (!park.promotionRunning()) return "";
        return park.promotionTargets().stream().map(Segment::id).collect(Collectors.joining(", "));
    }

    /** The package new prospects are offered now (firms keep the terms they negotiated). */
    public String getPolicies() { return PolicySummary.of(park.policies()); }

    static double occupancy(double occupied, double lettable) {
        return lettable > 0 ? occupied / lettable : 0;
    }

    @Override
    public String toString() { return park.name(); }
}
