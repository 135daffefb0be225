package parksim.policy;

import parksim.core.CalendarMonth;
import parksim.core.Require;

/**
 * Events and summits (以会促产, figures A4 and J6): {@code perYear} events spread evenly over the
 * year, each adding {@code awarenessBoost} to the park's visibility, fading with time constant
 * {@code decayMonths}.
 */
public record EventsProgramme(Double perYear, Double awarenessBoost, Double decayMonths, Double costPerEvent,
                              CalendarMonth start, CalendarMonth end) implements Instrument {
    private static final long serialVersionUID = 1L;

    public EventsProgramme {
        Require.between(perYear, 0, 365, "perYear");
        Require.share(awarenessBoost, "awarenessBoost");
        Require.positive(decayMonths, "decayMonths");
        Require.atLeast(costPerEvent, 0, "costPerEvent");
        Require.ordered(start, end, "end");
    }

    /** Events held in the {@code k}-th month of the programme (k = 0, 1, ...): spreads perYear over 12 months. */
    public int eventsInMonth(int k) {
        return (int) (Math.floor((k + 1) * perYear / 12.0 + 1e-9) - Math.floor(k * perYear / 12.0 + 1e-9));
    }

    /** Visibility carried over from one month to the next. */
    public double retention() {
        return Math.exp(-1.0 / decayMonths);
    }
}
