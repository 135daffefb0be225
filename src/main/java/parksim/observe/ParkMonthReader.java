package parksim.observe;

import parksim.core.Metric;
import parksim.model.Park;
import parksim.model.Stage;

/** Reads a park's state at the end of a month into a {@link ParkMonth}. */
final class ParkMonthReader {
    private ParkMonthReader() {}

    static ParkMonth read(Park park, int monthIndex, parksim.core.CalendarMonth date) {
        double[] v = new double[Metric.COUNT];
        set(v, Metric.NEGOTIATING, park.count(Stage.NEGOTIATING));
        set(v, Metric.SIGNED, park.count(Stage.SIGNED));
        set(v, Metric.FITTING_OUT, park.count(Stage.FITTING_OUT));
        set(v, Metric.TRIAL, park.count(Stage.TRIAL));
        set(v, Metric.OPERATING, park.count(Stage.OPERATING));
        set(v, Metric.DECLINED, park.count(Stage.DECLINED));
        set(v, Metric.WITHDRAWN, park.count(Stage.WITHDRAWN));
        set(v, Metric.EXITED, park.count(Stage.EXITED));
        set(v, Metric.TENANTS_SIGNED_CUM, park.signedCum());
        set(v, Metric.TENANTS_OPEN, park.open());
        set(v, Metric.CONTACTS, park.contacts());
        set(v, Metric.CONTACTS_CUM, park.contactsCum());
        set(v, Metric.SIGNINGS, park.signings());
        set(v, Metric.MOVE_INS, park.moveIns());
        set(v, Metric.WITHDRAWALS, park.withdrawals());
        set(v, Metric.EXITS, park.exits());
        set(v, Metric.OCCUPIED_M2, park.occupiedFloor());
        set(v, Metric.LETTABLE_M2, park.lettableFloor(monthIndex));
        set(v, Metric.OUTPUT, park.output());
        set(v, Metric.OUTPUT_12M, park.output12m());
        set(v, Metric.EMPLOYMENT, park.employment());
        set(v, Metric.INVESTMENT, park.investmentSigned());
        set(v, Metric.INVESTMENT_CUM, park.investmentCum());
        set(v, Metric.INVESTMENT_REALISED, park.realisedThisMonth());
        set(v, Metric.INVESTMENT_REALISED_CUM, park.realisedCum());
        set(v, Metric.CHAIN_COMPLETENESS, park.chainCompleteness());
        set(v, Metric.SPEND, park.budget().spentThisMonth());
        set(v, Metric.SPEND_CUM, park.budget().spent());
        set(v, Metric.COMMITTED, park.budget().committed());
        set(v, Metric.TAX, park.tax());
        set(v, Metric.LISTED, park.listedCum());
        set(v, Metric.UNPAID, park.budget().unpaidThisMonth());
        set(v, Metric.UNPAID_CUM, park.budget().unpaid());
        set(v, Metric.TURNED_AWAY_NO_FLOOR, park.turnedAwayNoFloor());
        set(v, Metric.TURNED_AWAY_NO_FLOOR_CUM, park.turnedAwayNoFloorCum());
        set(v, Metric.SIGNED_WITH_INCENTIVE_SHARE, park.signedWithIncentiveShare());
        set(v, Metric.FUND_INVESTED, park.fundInvestedThisMonth());
        set(v, Metric.FUND_INVESTED_CUM, park.fundInvestedCum());
        set(v, Metric.FUND_RECOVERED_CUM, park.fundRecoveredCum());
        set(v, Metric.FUND_HOLDINGS, park.fundHoldings());
        readBudget(v, park.budget());
        set(v, Metric.FLOOR_TOTAL, park.totalFloor());
        set(v, Metric.FLOOR_LIMIT, park.floorLimit());
        set(v, Metric.CONSTRUCTION_SPEND_CUM, park.constructionSpent());
        set(v, Metric.CONSTRUCTION_BUDGET, park.constructionBudget());
        return new ParkMonth(date, park.id(), v);
    }

    private static void readBudget(double[] v, parksim.policy.Budget b) {
        set(v, Metric.APPROPRIATION, b.appropriatedThisYear());
        set(v, Metric.CARRIED_OVER, b.carriedOver());
        set(v, Metric.SPEND_YEAR, b.spentThisYear());
        set(v, Metric.RESERVED, b.reserved());
        set(v, Metric.COMMITTED_BEYOND_HORIZON, b.committedBeyondHorizon());
        set(v, Metric.DUE_CUM, b.dueCum());
        set(v, Metric.PAID_ON_DUE_CUM, b.paidOnDueCum());
        set(v, Metric.ARREARS, b.arrears());
    }

    private static void set(double[] v, Metric m, double value) { v[m.ordinal()] = value; }
}
