package parksim.model;

import java.io.Serializable;
import parksim.core.CalendarMonth;
import sim.engine.Schedule;

/** Reads the schedule's time as a month: step 0 is the scenario's start month. */
public final class Clock implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Schedule schedule;
    private final CalendarMonth start;

    public Clock(Schedule schedule, CalendarMonth start) {
        this.schedule = schedule;
        this.start = start;
    }

    /** Months since the start (0 in the first month; 0 before the first step too). */
    public int index() {
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
