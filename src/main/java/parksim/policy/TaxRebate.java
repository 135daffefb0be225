package parksim.policy;

import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Require;
import parksim.core.Segment;

/** Returns {@code share} of the tax a tenant pays, for {@code months} months after it opens (trial production). */
public record TaxRebate(Double share, Integer months, List<Segment> segments, CalendarMonth start, CalendarMonth end)
        implements FirmIncentive {
    private static final long serialVersionUID = 1L;

    public TaxRebate {
        Require.share(share, "share");
        Require.count(months, 0, "months");
        segments = Require.list(segments, "segments");
        Require.ordered(start, end, "end");
    }

    @Override
    public Term termFor(Applicant a, CalendarMonth month) {
        return offeredTo(a.segment(), month) ? new Terms.TaxRebate(share, months) : null;
    }

    @Override
    public String describe() {
        return Terms.fmt("tax rebate %.0f%% for %d months", 100 * share, months);
    }
}
