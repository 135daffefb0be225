package parksim.sensitivity.study;

import parksim.core.CalendarMonth;
import parksim.core.FieldException;

/**
 * An output to analyse: a metric of a park at a month ({@code date}, read from {@code timeseries.csv}) or in a
 * calendar year ({@code year}, the year's figure in {@code summary.csv}), or a target of the scenario
 * ({@code target}: its simulated value, or with {@code "met": true} whether it was met, 1 or 0).
 * The park may be left out when the scenario has one.
 */
public record OutputSpec(String name, String metric, String park, String date, Integer year, String target, Boolean met) {
    public OutputSpec {
        if (met == null) met = false;
        if (met && target == null) throw new FieldException("met", "\"met\" only on a target output (a metric has no verdict)", true);
        if ((target == null) == (metric == null)) throw new FieldException("metric", "either a metric or a target", target == null ? "neither" : "both");
        if (metric != null && (date == null) == (year == null)) throw new FieldException("date", "either a date (YYYY-MM) or a year", date == null ? "neither" : "both");
        if (target != null && (date != null || year != null || park != null)) throw new FieldException("target", "a target alone (its park and date are the target's)", "a park, date or year as well");
        if (date != null) {
            try {
                CalendarMonth.parse(date);
            } catch (RuntimeException e) {
                throw new FieldException("date", "a month YYYY-MM", date);
            }
        }
    }

    public CalendarMonth month() { return date == null ? null : CalendarMonth.parse(date); }

    /** The column label in result files: e.g. {@code tenants_open@2030-12}, {@code output_cny:2030}, {@code target_Y7_met}. */
    public String label(boolean showPark) {
        if (name != null && !name.isBlank()) return name;
        if (target != null) return "target_" + target + (met ? "_met" : "_value");
        return (showPark ? park + ":" : "") + metric + (date != null ? "@" + date : ":" + year);
    }
}
