package parksim.scenario;

import java.io.Serializable;
import parksim.core.CalendarMonth;
import parksim.core.FieldException;
import parksim.core.Metric;
import parksim.core.Require;

/**
 * A figure a run is checked against: a fact a hindcast should reproduce (figure Y5) or an
 * ambition whose likelihood a projection estimates (figure Y7).
 *
 * <p>A stock metric is read at {@code date}; a flow metric is summed from {@code from} to
 * {@code to} inclusive, or over the calendar {@code year}.
 *
 * @param firm when set, the metric is that initial tenant's output ({@code output_cny}); its range may
 *             begin before the start, the months before the start being estimated from the tenant's ramp-up
 */
public record TargetSpec(
        String id,
        String figure,
        String description,
        String park,
        String firm,
        Metric metric,
        CalendarMonth date,
        Integer year,
        CalendarMonth from,
        CalendarMonth to,
        Comparison comparison,
        Double value,
        Double tolerance) implements Serializable {
    private static final long serialVersionUID = 1L;

    public TargetSpec {
        Require.id(id, "id");
        Require.id(park, "park");
        Require.present(metric, "metric", "a target metric");
        if (year != null) {
            Require.count(year, 1900, "year");
            CalendarMonth first = new CalendarMonth(year, 1);
            CalendarMonth last = new CalendarMonth(year, 12);
            if (from != null && !from.equals(first) || to != null && !to.equals(last)) {
                throw new FieldException("year", "either year or from/to, not both", year);
            }
            from = first;
            to = last;
        }
        if (metric.isFlow()) {
            Require.present(from, "from", "the first month of the range, YYYY-MM (flow metric " + metric.column() + ")");
            Require.present(to, "to", "the last month of the range, YYYY-MM");
            Require.ordered(from, to, "to");
            if (date != null) throw new FieldException("date", "no date for a flow metric (use from/to or year)", date.toString());
        } else {
            Require.present(date, "date", "the month to read the stock metric " + metric.column() + " at, YYYY-MM");
            if (from != null) throw new FieldException("from", "no range for a stock metric (use date)", from.toString());
        }
        if (firm != null && metric != Metric.OUTPUT) {
            throw new FieldException("metric", "output_cny for a firm target", metric.column());
        }
        if (comparison == null) comparison = Comparison.AT_LEAST;
        Require.finite(value, "value");
        tolerance = tolerance == null ? 0.0 : Require.atLeast(tolerance, 0, "tolerance");
        if (description == null) description = id;
    }

    /** The last month the run must reach for the target to be checked. */
    public CalendarMonth lastMonth() {
        return metric.isFlow() ? to : date;
    }

    /** The first month the target looks at. */
    public CalendarMonth firstMonth() {
        return metric.isFlow() ? from : date;
    }

    public boolean met(double simulated) {
        return comparison.met(simulated, value, tolerance);
    }
}
