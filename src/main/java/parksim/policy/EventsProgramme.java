package parksim.policy;

import parksim.core.CalendarMonth;
import parksim.core.Require;

/**
 * Events and summits (以会促产, figures A4 and J6): {@code perYear} events spread evenly over the
 * year, each adding {@code awarenessBoost} to the park's visibility, fading with time constant
 * {@code decayMonths}.
 */
public record EventsProgramme(Double perYear, Double awarenessBoost, Double decayMonths, Double costPerEvent,
                              CalendarMonth start, CalendarMonth end) implements ParkProgramme {
    private static final long serialVersionUID = 1L;
    public static final InstrumentKind KIND = InstrumentKind.budgeted("events", "events", "events", EventsProgramme.class,
            Lever.number("perYear", "Events a year", 0, 52, "Events and summits a year, each raising the park's visibility for a while."));

    public EventsProgramme {
        Require.between(perYear, 0, 365, "perYear");
        Require.share(awarenessBoost, "awarenessBoost");
        Require.positive(decayMonths, "decayMonths");
        Require.atLeast(costPerEvent, 0, "costPerEvent");
        Require.ordered(start, end, "end");
    }

    @Override
    public double costIn(CalendarMonth month, int k) { return eventsInMonth(k) * costPerEvent; }

    /** Events held this month raise visibility; unfunded or inactive, it only fades. */
    @Override
    public void act(ProgrammeEffects effects, CalendarMonth month, int k, boolean funded) {
        effects.events(funded ? eventsInMonth(k) : 0, awarenessBoost, retention());
    }

    /** Events held in the {@code k}-th month of the programme (k = 0, 1, ...): spreads perYear over 12 months. */
    public int eventsInMonth(int k) {
        return (int) (Math.floor((k + 1) * perYear / 12.0 + 1e-9) - Math.floor(k * perYear / 12.0 + 1e-9));
    }

    /** Visibility carried over from one month to the next. */
    public double retention() {
        return Math.exp(-1.0 / decayMonths);
    }

    /** Ran if it held events, or could have paid one in a month it had none to hold. */
    @Override
    public boolean ranThisMonth(ProgrammeEffects effects, double availableCny) {
        return effects.eventsThisMonth() > 0 || availableCny >= costPerEvent;
    }

    @Override
    public String describe() {
        return Terms.fmt("%.0f events a year", perYear);
    }
}
