package parksim.report;

import java.util.Locale;
import parksim.core.Metric;

/**
 * Figures as an analyst reads them in the terminal: whole numbers for counts, percentages for
 * shares, money in ¥M with one decimal, thousands grouped; every value of a row in the same unit
 * and precision.
 */
public final class AnalystUnits {
    private AnalystUnits() {}

    /** The number alone, in the metric's display unit ("42", "2,810.4" for ¥M, "100" for a share). */
    public static String number(Metric.Unit unit, double value) {
        if (Double.isNaN(value)) return "NA";
        String s = switch (unit) {
            case MONEY -> String.format(Locale.ROOT, "%,.1f", value / 1e6);
            case SHARE -> String.format(Locale.ROOT, "%,.0f", value * 100);
            case COUNT, AREA -> String.format(Locale.ROOT, "%,.0f", value);
        };
        return s.matches("-0(\\.0)?") ? s.substring(1) : s;
    }

    /** The unit symbol shown after {@link #number}: "¥M", "%", "m²", or the given word for counts. */
    public static String unit(Metric.Unit unit, String countWord) {
        return switch (unit) {
            case MONEY -> "¥M";
            case SHARE -> "%";
            case AREA -> "m²";
            case COUNT -> countWord;
        };
    }

    /** A value with its unit as in a sentence: "¥103.2M", "75 %", "42". */
    public static String amount(Metric.Unit unit, double value) {
        if (Double.isNaN(value)) return "NA";
        return switch (unit) {
            case MONEY -> (value < 0 ? "-¥" : "¥") + number(unit, Math.abs(value)) + "M";
            case SHARE -> number(unit, value) + " %";
            case AREA -> number(unit, value) + " m²";
            case COUNT -> number(unit, value);
        };
    }
}
