package parksim.policy;

import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Require;
import parksim.core.Segment;

/** Pays a tenant a yearly amount per employee for {@code months} months after it opens (figure A4's talent policy). */
public record TalentSubsidy(Double perEmployeePerYear, Integer months, List<Segment> segments,
                            CalendarMonth start, CalendarMonth end) implements Instrument {
    private static final long serialVersionUID = 1L;

    public TalentSubsidy {
        Require.atLeast(perEmployeePerYear, 0, "perEmployeePerYear");
        Require.count(months, 0, "months");
        segments = Require.list(segments, "segments");
        Require.ordered(start, end, "end");
    }
}
