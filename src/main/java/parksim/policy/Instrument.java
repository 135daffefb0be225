package parksim.policy;

import java.io.Serializable;
import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Segment;

/** A policy instrument a park's administration offers, active between optional start and end months. */
public interface Instrument extends Serializable {
    CalendarMonth start();

    CalendarMonth end();

    /** The instrument and its parameters in a few words, for inspectors and summaries. */
    String describe();

    /** Segments the instrument is restricted to; empty means every segment. */
    default List<Segment> segments() { return List.of(); }

    default boolean activeIn(CalendarMonth month) {
        return (start() == null || !month.isBefore(start())) && (end() == null || !month.isAfter(end()));
    }

    default boolean covers(Segment segment) {
        return segments().isEmpty() || segments().contains(segment);
    }

    /** Whether a firm of {@code segment} signing in {@code month} is offered this instrument. */
    default boolean offeredTo(Segment segment, CalendarMonth month) {
        return activeIn(month) && covers(segment);
    }
}
