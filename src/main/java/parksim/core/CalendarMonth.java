package parksim.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar month written {@code YYYY-MM}: the model's unit of time. */
public record CalendarMonth(int year, int month) implements Comparable<CalendarMonth>, Serializable {
    private static final long serialVersionUID = 1L;

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})");

    public CalendarMonth {
        if (month < 1 || month > 12) throw new IllegalArgumentException("month " + month + " is not 1..12");
    }

    @JsonCreator
    public static CalendarMonth parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 12) {
            throw new IllegalArgumentException("expected a date YYYY-MM, found \"" + text + "\"");
        }
        return new CalendarMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public CalendarMonth plus(int months) {
        int index = year * 12 + (month - 1) + months;
        return new CalendarMonth(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    /** Whole months from this month to {@code later} (negative if {@code later} is earlier). */
    public int monthsUntil(CalendarMonth later) {
        return (later.year * 12 + later.month) - (year * 12 + month);
    }

    public boolean isBefore(CalendarMonth other) { return compareTo(other) < 0; }

    public boolean isAfter(CalendarMonth other) { return compareTo(other) > 0; }

    @Override
    public int compareTo(CalendarMonth o) {
        return Integer.compare(year * 12 + month, o.year * 12 + o.month);
    }

    @JsonValue
    @Override
    public String toString() {
        // Written for every dated cell of every result file: built by hand, not by a Formatter.
        if (year < 0 || year > 9999) return String.format("%04d-%02d", year, month);
        return new String(new char[] {digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10), '-',
                digit(month / 10), digit(month % 10)});
    }

    private static char digit(int d) { return (char) ('0' + d); }
}
