package parksim.policy;

import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Require;
import parksim.core.Segment;

/** Returns {@code share} of the tax a tenant pays, for {@code months} months after it opens (trial production). */
public record TaxRebate(Double share, Integer months, List<Segment> segments, CalendarMonth start, CalendarMonth end)
        implements Instrument {
    private static final long serialVersionUID = 1L;

    public TaxRebate {
        Require.share(share, "share");
        Require.count(months, 0, "months");
        segments = Require.list(segments, "segments");
        Require.ordered(start, end, "end");
    }
}
