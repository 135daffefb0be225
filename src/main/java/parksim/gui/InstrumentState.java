package parksim.gui;

import parksim.core.CalendarMonth;
import parksim.model.Park;
import parksim.policy.Instrument;
import parksim.policy.InstrumentKind;
import parksim.policy.Policies;

/**
 * The state of a park's instrument in the month shown, read from the model's public state: not
 * offered, not started, ended, running, paused (a park-wide programme the budget could not pay
 * this month) or spent (an offer to new firms that the budget, or the equity fund, can no longer
 * back). Firms keep the terms they negotiated whatever the state.
 */
enum InstrumentState {
    ABSENT("—"), NOT_STARTED("not started"), ENDED("ended"), RUNNING("running"), PAUSED("paused"), SPENT("spent");

    final String label;

    InstrumentState(String label) {
        this.label = label;
    }

    /** An instrument's display name, e.g. "rent subsidy". */
    static String name(InstrumentKind kind) {
        return kind.id().replace('_', ' ');
    }

    /**
     * @param budgetSpent whether the park's budget is out now (see {@link BudgetWatch#RAN_OUT_SHARE}); it can recover as promises are released
     */
    static InstrumentState of(Park park, InstrumentKind kind, CalendarMonth month, boolean budgetSpent) {
        Instrument instrument = instrument(park.policies(), kind);
        if (instrument == null) return ABSENT;
        if (instrument.start() != null && month.isBefore(instrument.start())) return NOT_STARTED;
        if (instrument.end() != null && month.isAfter(instrument.end())) return ENDED;
        return switch (kind) {
            case TARGETED_PROMOTION -> park.promotionRunning() ? RUNNING : PAUSED;
            case UNIVERSITY_PARTNERSHIP -> park.universityActive() ? RUNNING : PAUSED;
            case PUBLIC_PLATFORMS -> park.platformCount() > 0 ? RUNNING : park.policies().platforms().count() == 0 ? ABSENT : PAUSED;
            case EVENTS -> park.eventsThisMonth() > 0 || park.budget().canAfford(park.policies().events().costPerEvent()) ? RUNNING : PAUSED;
            case EQUITY_FUND -> park.fundCapitalLeft() <= 0 ? SPENT : RUNNING;
            default -> budgetSpent ? SPENT : RUNNING;
        };
    }

    static Instrument instrument(Policies p, InstrumentKind kind) {
        return switch (kind) {
            case RENT_SUBSIDY -> p.rentSubsidy();
            case FIT_OUT_SUBSIDY -> p.fitOutSubsidy();
            case TAX_REBATE -> p.taxRebate();
            case TALENT_SUBSIDY -> p.talentSubsidy();
            case EQUITY_FUND -> p.equityFund();
            case TARGETED_PROMOTION -> p.targetedPromotion();
            case EVENTS -> p.events();
            case UNIVERSITY_PARTNERSHIP -> p.universityPartnership();
            case PUBLIC_PLATFORMS -> p.platforms();
            case LISTING_SUPPORT -> p.listingSupport();
        };
    }
}
