package parksim.observe;

import java.io.Serializable;
import parksim.core.CalendarMonth;
import parksim.core.Metric;

/** One park's figures for one month, indexed by {@link Metric}. */
public record ParkMonth(CalendarMonth date, String park, double[] values) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ParkMonth {
        if (values.length != Metric.COUNT) throw new IllegalArgumentException("need one value per metric");
    }

    public double get(Metric m) { return values[m.ordinal()]; }
}
