package parksim.gui;

import parksim.core.CalendarMonth;
import parksim.model.Firm;
import parksim.model.Stage;
import parksim.policy.Offer;

/**
 * A firm as the display shows it and its inspector reads it: a read-only view of the model's
 * {@link Firm} (the model has no bean getters) plus the size the layout gives it this month.
 * Money is in ¥M, months are YYYY-MM (empty if the firm has not reached that stage).
 */
public final class FirmView {
    private final Firm firm;
    private final CalendarMonth start;
    /** The largest diameter its place allows, field units (set by the layout each month). */
    double room;
    /** Whether its size shows its output (tenants in buildings or on a map), or it is drawn small (lanes). */
    boolean sizedByOutput;
    /** Diameter in field units, from room and output. */
    double diameter;

    FirmView(Firm firm, CalendarMonth start) {
        this.firm = firm;
        this.start = start;
    }

    Firm firm() { return firm; }

    public String getId() { return firm.id(); }
    public String getName() { return firm.name(); }
    public String getPark() { return firm.park().id(); }
    public String getSegment() { return firm.segment().id(); }
    public String getStage() { return firm.stage().id(); }
    public boolean isListed() { return firm.isListed(); }
    public String getBuilding() { return firm.building() == null ? "" : firm.building().id(); }
    public double getOutputLast12MonthsMillions() { return Money.millions(firm.output12m()); }
    public double getOutputThisMonthMillions() { return Money.millions(firm.outputThisMonth()); }
    public double getCashMillions() { return Money.millions(firm.cash()); }
    public double getSubsidiesReceivedMillions() { return Money.millions(firm.subsidiesReceived()); }
    public double getInvestmentMillions() { return Money.millions(firm.investment()); }
    public double getCapacityMillionsPerYear() { return Money.millions(firm.capacity()); }
    public long getFloorM2() { return Math.round(firm.floor()); }
    public int getEmployees() { return firm.employees(); }

    /** The incentive terms the firm negotiated; they hold whatever the park offers later. */
    public String getNegotiatedTerms() { return terms(firm.offer()); }

    public String getMonthNegotiating() { return month(Stage.NEGOTIATING); }
    public String getMonthSigned() { return month(Stage.SIGNED); }
    public String getMonthFittingOut() { return month(Stage.FITTING_OUT); }
    public String getMonthTrial() { return month(Stage.TRIAL); }
    public String getMonthOperating() { return month(Stage.OPERATING); }
    public String getMonthDeclined() { return month(Stage.DECLINED); }
    public String getMonthWithdrawn() { return month(Stage.WITHDRAWN); }
    public String getMonthExited() { return month(Stage.EXITED); }
    public String getMonthListed() { return date(firm.listedMonth()); }

    private String month(Stage s) { return date(firm.monthOf(s)); }

    private String date(int index) { return index == Firm.NEVER ? "" : start.plus(index).toString(); }

    static String terms(Offer o) { return o.describe(); }

    @Override
    public String toString() {
        return firm.id() + " (" + firm.segment().id() + ", " + firm.stage().id() + ")";
    }
}
