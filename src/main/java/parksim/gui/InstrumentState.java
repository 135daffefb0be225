package parksim.gui;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parksim.core.CalendarMonth;
import parksim.model.Firm;
import parksim.model.Park;
import parksim.model.Stage;
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
     * The parks where a firm among the latest signings (those of the last month anyone signed there)
     * got no incentive at all although the package offered its segment one: the budget could not
     * back the promise (the administration's offer rule withdrew it, or scaled it to nothing). This
     * is how offers show they are spent before the budget reaches 0. Two passes over the firms, whatever the number of parks.
     */
    static Set<Park> latestSigningsWentWithout(List<Firm> firms, CalendarMonth start) {
        Map<Park, Integer> latest = new IdentityHashMap<>();
        for (Firm f : firms) if (f.monthOf(Stage.SIGNED) != Firm.NEVER) latest.merge(f.park(), f.monthOf(Stage.SIGNED), Math::max);
        Set<Park> without = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Firm f : firms) {
            Integer month = latest.get(f.park());
            if (month != null && f.monthOf(Stage.SIGNED) == month && !f.offer().hasIncentive()
                    && offered(f.park().policies(), f, start.plus(month))) without.add(f.park());
        }
        return without;
    }

    private static boolean offered(Policies p, Firm f, CalendarMonth month) {
        for (InstrumentKind k : OFFERS) {
            Instrument i = instrument(p, k);
            if (i != null && i.offeredTo(f.segment(), month)) return true;
        }
        return false;
    }

    /** The instruments a firm is promised when it signs, paid later from the budget. */
    private static final List<InstrumentKind> OFFERS = List.of(InstrumentKind.RENT_SUBSIDY, InstrumentKind.FIT_OUT_SUBSIDY,
            InstrumentKind.TAX_REBATE, InstrumentKind.TALENT_SUBSIDY, InstrumentKind.EQUITY_FUND);

    /**
     * @param budgetSpent      whether the park's latest signings went without (see {@link #latestSigningsWentWithout});
     *                         an offer is also spent while nothing is left uncommitted. Both can recover as promises are released.
     * @param programmeReserve what the administration holds back for its programmes, which pays events first
     */
    static InstrumentState of(Park park, InstrumentKind kind, CalendarMonth month, boolean budgetSpent, double programmeReserve) {
        Instrument instrument = instrument(park.policies(), kind);
        if (instrument == null) return ABSENT;
        if (instrument.start() != null && month.isBefore(instrument.start())) return NOT_STARTED;
        if (instrument.end() != null && month.isAfter(instrument.end())) return ENDED;
        return switch (kind) {
            case TARGETED_PROMOTION -> park.promotionRunning() ? RUNNING : PAUSED;
            case UNIVERSITY_PARTNERSHIP -> park.universityActive() ? RUNNING : PAUSED;
            case PUBLIC_PLATFORMS -> park.platformCount() > 0 ? RUNNING : park.policies().platforms().count() == 0 ? ABSENT : PAUSED;
            case EVENTS -> park.eventsThisMonth() > 0 || programmeReserve + park.budget().uncommitted() >= park.policies().events().costPerEvent() ? RUNNING : PAUSED;
            case EQUITY_FUND -> park.fundCapitalLeft() <= 0 ? SPENT : RUNNING;
            default -> budgetSpent || park.budget().uncommitted() <= 0 ? SPENT : RUNNING;
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
