package parksim.policy;

import java.util.Locale;

/** The ten instruments, used to book each ¥ of incentive spend against the instrument that caused it. */
public enum InstrumentKind {
    RENT_SUBSIDY, FIT_OUT_SUBSIDY, TAX_REBATE, TALENT_SUBSIDY, EQUITY_FUND,
    TARGETED_PROMOTION, EVENTS, UNIVERSITY_PARTNERSHIP, PUBLIC_PLATFORMS, LISTING_SUPPORT;

    public static final int COUNT = values().length;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    /** Whether the instrument is paid from the incentive budget (the equity fund invests its own capital). */
    public boolean paidFromBudget() { return this != EQUITY_FUND; }
}
