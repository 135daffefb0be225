package parksim.model;

import parksim.core.CalendarMonth;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Reads the schedule's time as a month: step 0 is the scenario's start month. Scheduled first in
 * every month ({@link Order#CLOCK}), it reads the schedule's time once a month, because the schedule's
 * clock is behind a lock and every firm asks for the month several times.
 */
public final class Clock implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Schedule schedule;
    private final CalendarMonth start;
    private int index;

    public Clock(Schedule schedule, CalendarMonth start) {
        this.schedule = schedule;
        this.start = start;
    }

    /** The month begins: its index is read from the schedule. */
    @Override
    public void step(SimState state) { index = fromSchedule(); }

    /** Months since the start (0 in the first month; 0 before the first step too). */
    public int index() { return index; }

    private int fromSchedule() {
        double t = schedule.getTime();
        if (t < 0) return 0;
        if (Double.isInfinite(t)) return (int) schedule.getSteps();
        return (int) Math.round(t);
    }

    public CalendarMonth month() { return start.plus(index()); }

    public CalendarMonth start() { return start; }

    /** The month index of a calendar month (negative before the start). */
    public int indexOf(CalendarMonth month) { return start.monthsUntil(month); }
}
