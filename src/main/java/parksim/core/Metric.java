package parksim.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures recorded for each park and month; each is a column of {@code timeseries.csv} under
 * its {@link #column()} name. Stocks are read at a month; flows happen within a month and add up
 * over a range.
 */
public enum Metric {
    NEGOTIATING("negotiating", Unit.COUNT, false),
    SIGNED("signed", Unit.COUNT, false),
    FITTING_OUT("fitting_out", Unit.COUNT, false),
    TRIAL("trial", Unit.COUNT, false),
    OPERATING("operating", Unit.COUNT, false),
    DECLINED("declined", Unit.COUNT, false),
    WITHDRAWN("withdrawn", Unit.COUNT, false),
    EXITED("exited", Unit.COUNT, false),
    TENANTS_SIGNED_CUM("tenants_signed_cum", Unit.COUNT, false),
    TENANTS_OPEN("tenants_open", Unit.COUNT, false),
    CONTACTS("contacts", Unit.COUNT, true),
    CONTACTS_CUM("contacts_cum", Unit.COUNT, false),
    SIGNINGS("signings", Unit.COUNT, true),
    MOVE_INS("move_ins", Unit.COUNT, true),
    WITHDRAWALS("withdrawals", Unit.COUNT, true),
    EXITS("exits", Unit.COUNT, true),
    OCCUPIED_M2("occupied_m2", Unit.AREA, false),
    LETTABLE_M2("lettable_m2", Unit.AREA, false),
    OUTPUT("output_cny", Unit.MONEY, true),
    OUTPUT_12M("output_12m_cny", Unit.MONEY, false),
    EMPLOYMENT("employment", Unit.COUNT, false),
    INVESTMENT("investment_cny", Unit.MONEY, true),
    INVESTMENT_CUM("investment_cum_cny", Unit.MONEY, false),
    INVESTMENT_REALISED("investment_realised_cny", Unit.MONEY, true),
    INVESTMENT_REALISED_CUM("investment_realised_cum_cny", Unit.MONEY, false),
    CHAIN_COMPLETENESS("chain_completeness", Unit.SHARE, false),
    SPEND("spend_cny", Unit.MONEY, true),
    SPEND_CUM("spend_cum_cny", Unit.MONEY, false),
    COMMITTED("committed_cny", Unit.MONEY, false),
    TAX("tax_cny", Unit.MONEY, true),
    LISTED("listed", Unit.COUNT, false),
    UNPAID("unpaid_cny", Unit.MONEY, true),
    UNPAID_CUM("unpaid_cum_cny", Unit.MONEY, false),
    TURNED_AWAY_NO_FLOOR("turned_away_no_floor", Unit.COUNT, true),
    TURNED_AWAY_NO_FLOOR_CUM("turned_away_no_floor_cum", Unit.COUNT, false),
    SIGNED_WITH_INCENTIVE_SHARE("signed_with_incentive_share", Unit.SHARE, false),
    FUND_INVESTED("fund_invested_cny", Unit.MONEY, true),
    FUND_INVESTED_CUM("fund_invested_cum_cny", Unit.MONEY, false),
    FUND_RECOVERED_CUM("fund_recovered_cum_cny", Unit.MONEY, false),
    FUND_HOLDINGS("fund_holdings_cny", Unit.MONEY, false),
    APPROPRIATION("appropriation_cny", Unit.MONEY, false),
    CARRIED_OVER("carried_over_cny", Unit.MONEY, false),
    SPEND_YEAR("spend_year_cny", Unit.MONEY, false),
    RESERVED("reserved_cny", Unit.MONEY, false),
    COMMITTED_BEYOND_HORIZON("committed_beyond_horizon_cny", Unit.MONEY, false),
    DUE_CUM("due_cum_cny", Unit.MONEY, false),
    PAID_ON_DUE_CUM("paid_on_due_cum_cny", Unit.MONEY, false),
    ARREARS("arrears_cny", Unit.MONEY, false),
    FLOOR_TOTAL("floor_total_m2", Unit.AREA, false),
    FLOOR_LIMIT("floor_limit_m2", Unit.AREA, false),
    CONSTRUCTION_SPEND_CUM("construction_spend_cum_cny", Unit.MONEY, false),
    CONSTRUCTION_BUDGET("construction_budget_cny", Unit.MONEY, false);

    /** How a metric's values are written. */
    public enum Unit { COUNT, AREA, MONEY, SHARE }

    public static final int COUNT = values().length;
    private static final Map<String, Metric> BY_COLUMN =
            Arrays.stream(values()).collect(Collectors.toMap(Metric::column, Function.identity()));

    private final String column;
    private final Unit unit;
    private final boolean flow;

    Metric(String column, Unit unit, boolean flow) {
        this.column = column;
        this.unit = unit;
        this.flow = flow;
    }

    @JsonValue
    public String column() { return column; }

    public Unit unit() { return unit; }

    public boolean isFlow() { return flow; }

    @JsonCreator
    public static Metric fromColumn(String column) {
        Metric m = column == null ? null : BY_COLUMN.get(column.toLowerCase(Locale.ROOT));
        if (m == null) {
            // A near name is suggested rather than all of them ("tenants_opne" → tenants_open).
            List<String> near = column == null ? List.of() : Nearest.to(column, BY_COLUMN.keySet());
            if (!near.isEmpty()) {
                throw new IllegalArgumentException("expected a metric of timeseries.csv, found \"" + column + "\": did you mean "
                        + String.join(" or ", near) + "?");
            }
            throw new IllegalArgumentException("expected one of the metrics " + BY_COLUMN.keySet().stream().sorted().toList()
                    + ", found \"" + column + "\"");
        }
        return m;
    }

    /** The value as written in CSV files: whole numbers for counts, ¥ and m²; four decimals for shares. */
    public String format(double value) {
        return unit == Unit.SHARE ? Fmt.share(value) : Fmt.whole(value);
    }
}
