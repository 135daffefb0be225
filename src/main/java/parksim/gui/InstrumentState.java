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
import parksim.policy.FirmIncentive;
import parksim.policy.Instrument;
import parksim.policy.InstrumentKind;
import parksim.policy.ParkProgramme;

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

    /**
     * @param kind             the instrument's kind: what funds it
     * @param instrument       the park's instrument, or null where it offers none
     * @param offersSpent      whether the park's latest signings went without (see {@link #latestSigningsWentWithout});
     *                         an offer is also spent while nothing is left uncommitted. Both can recover as promises are released.
     * @param programmeReserve what the administration holds back for its programmes, which pays events first
     */
    static InstrumentState of(Park park, InstrumentKind kind, Instrument instrument, CalendarMonth month, boolean offersSpent,
                              double programmeReserve) {
        if (instrument == null) return ABSENT;
        if (instrument.start() != null && month.isBefore(instrument.start())) return NOT_STARTED;
        if (instrument.end() != null && month.isAfter(instrument.end())) return ENDED;
        if (instrument instanceof ParkProgramme programme) {
            return programme.ranThisMonth(park.programmes(), programmeReserve + park.budget().uncommitted()) ? RUNNING : PAUSED;
        }
        if (!kind.paidFromBudget()) return park.fundCapitalLeft() <= 0 ? SPENT : RUNNING;
        return offersSpent || park.budget().uncommitted() <= 0 ? SPENT : RUNNING;
    }

    /**
     * The parks where a firm among the latest signings (those of the last month anyone signed there)
     * got no incentive at all although the package offered its segment one: the budget could not
     * back the promise (the administration's offer rule withdrew it, or scaled it to nothing). This
     * is how offers show they are spent before the budget reaches 0. Two passes over the firms,
     * whatever the number of parks.
     */
    static Set<Park> latestSigningsWentWithout(List<Firm> firms, CalendarMonth start) {
        Map<Park, Integer> latest = new IdentityHashMap<>();
        for (Firm f : firms) if (f.monthOf(Stage.SIGNED) != Firm.NEVER) latest.merge(f.park(), f.monthOf(Stage.SIGNED), Math::max);
        Set<Park> without = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Firm f : firms) {
            Integer month = latest.get(f.park());
            if (month != null && f.monthOf(Stage.SIGNED) == month && !f.offer().hasIncentive()
                    && offered(f.park(), f, start.plus(month))) without.add(f.park());
        }
        return without;
    }

    /** Whether the park's package offers the firm's segment an incentive paid from the budget. */
    private static boolean offered(Park park, Firm f, CalendarMonth month) {
        for (InstrumentKind kind : park.policies().kinds()) {
            Instrument i = park.policies().get(kind.id());
            if (kind.paidFromBudget() && i instanceof FirmIncentive && i.offeredTo(f.segment(), month)) return true;
        }
        return false;
    }
}
