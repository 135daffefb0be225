package parksim.gui;

import parksim.core.CalendarMonth;
import parksim.model.Firm;
import parksim.model.Stage;
import parksim.policy.Offer;

/**
 * A firm as the display shows it and its inspector reads it: a read-only view of the model's
 * {@link Firm} (the model has no bean getters) plus the size the layout gives it this month.
 * Each property has a name with its unit ({@code nameX}, MASON's convention); money is in ¥M to two
 * decimals, months are YYYY-MM (empty if the firm has not reached that stage).
 */
public final class FirmView {
    /** The order the inspector lists the properties in (getter names without get/is). */
    static final java.util.List<String> ORDER = java.util.List.of(
            "Name", "Id", "Segment", "Stage", "Park", "Building", "Listed", "OutputLast12MonthsMillions", "OutputThisMonthMillions", "CapacityMillionsPerYear", "CashMillions", "SubsidiesReceivedMillions", "InvestmentMillions", "FloorM2", "Employees", "NegotiatedTerms", "MonthNegotiating", "MonthSigned", "MonthFittingOut", "MonthTrial", "MonthOperating", "MonthListed", "MonthDeclined", "MonthWithdrawn", "MonthExited");

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
    public String nameId() { return "Id"; }
    public String getName() { return firm.name(); }
    public String nameName() { return "Name"; }
    public String getPark() { return firm.park().id(); }
    public String namePark() { return "Park"; }
    public String getSegment() { return firm.segment().id(); }
    public String nameSegment() { return "Segment"; }
    public String getStage() { return firm.stage().id(); }
    public String nameStage() { return "Stage"; }
    public boolean isListed() { return firm.isListed(); }
    public String nameListed() { return "Listed"; }
    public String getBuilding() { return firm.building() == null ? "" : firm.building().id(); }
    public String nameBuilding() { return "Building"; }
    public double getOutputLast12MonthsMillions() { return Money.millions(firm.output12m()); }
    public String nameOutputLast12MonthsMillions() { return "Output, last 12 months (¥M)"; }
    public double getOutputThisMonthMillions() { return Money.millions(firm.outputThisMonth()); }
    public String nameOutputThisMonthMillions() { return "Output this month (¥M)"; }
    public double getCashMillions() { return Money.millions(firm.cash()); }
    public String nameCashMillions() { return "Cash (¥M)"; }
    public double getSubsidiesReceivedMillions() { return Money.millions(firm.subsidiesReceived()); }
    public String nameSubsidiesReceivedMillions() { return "Subsidies received (¥M)"; }
    public double getInvestmentMillions() { return Money.millions(firm.announcedInvestment()); }
    public String nameInvestmentMillions() { return "Investment (¥M)"; }
    public double getCapacityMillionsPerYear() { return Money.millions(firm.capacity()); }
    public String nameCapacityMillionsPerYear() { return "Capacity at full operation (¥M a year)"; }
    public long getFloorM2() { return Math.round(firm.floor()); }
    public String nameFloorM2() { return "Floor (m²)"; }
    public int getEmployees() { return firm.employees(); }
    public String nameEmployees() { return "Employees"; }

    /** The incentive terms the firm negotiated; they hold whatever the park offers later. */
    public String getNegotiatedTerms() { return terms(firm.offer()); }
    public String nameNegotiatedTerms() { return "Terms negotiated"; }

    public String getMonthNegotiating() { return month(Stage.NEGOTIATING); }
    public String nameMonthNegotiating() { return "Began negotiating"; }
    public String getMonthSigned() { return month(Stage.SIGNED); }
    public String nameMonthSigned() { return "Signed"; }
    public String getMonthFittingOut() { return month(Stage.FITTING_OUT); }
    public String nameMonthFittingOut() { return "Began fitting out"; }
    public String getMonthTrial() { return month(Stage.TRIAL); }
    public String nameMonthTrial() { return "Began trial production"; }
    public String getMonthOperating() { return month(Stage.OPERATING); }
    public String nameMonthOperating() { return "Began operating"; }
    public String getMonthDeclined() { return month(Stage.DECLINED); }
    public String nameMonthDeclined() { return "Declined"; }
    public String getMonthWithdrawn() { return month(Stage.WITHDRAWN); }
    public String nameMonthWithdrawn() { return "Withdrew"; }
    public String getMonthExited() { return month(Stage.EXITED); }
    public String nameMonthExited() { return "Exited"; }
    public String getMonthListed() { return date(firm.listedMonth()); }
    public String nameMonthListed() { return "Listed in"; }

    private String month(Stage s) { return date(firm.monthOf(s)); }

    private String date(int index) { return index == Firm.NEVER ? "" : start.plus(index).toString(); }

    static String terms(Offer o) { return o.describe(); }

    @Override
    public String toString() {
        return firm.id() + " (" + firm.segment().id() + ", " + firm.stage().id() + ")";
    }
}
