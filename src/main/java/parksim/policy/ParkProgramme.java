package parksim.policy;

import parksim.core.CalendarMonth;

/** A park-level instrument: what it costs the budget each month and what it does to the park. */
public interface ParkProgramme extends Instrument {
    /** ¥ it costs in {@code month}, the {@code k}-th month (from 0) since it started. */
    double costIn(CalendarMonth month, int k);

    /** Acts on the park this month: {@code funded} is false when it is inactive or the budget could not pay it. */
    void act(ProgrammeEffects effects, CalendarMonth month, int k, boolean funded);

    /**
     * Whether it ran this month, as far as its park's effects show (the GUI's status: running or
     * paused); {@code availableCny} is what its reserve and the budget could still pay. A programme
     * that cannot tell counts as running.
     */
    default boolean ranThisMonth(ProgrammeEffects effects, double availableCny) { return true; }

    /** Months since the programme's start (or since the run's first month when it has none). */
    default int monthInProgramme(CalendarMonth month, int runMonth) {
        return start() == null ? runMonth : start().monthsUntil(month);
    }
}
