package parksim.policy;

import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Require;
import parksim.core.Segment;

/**
 * The park pays {@code share} of a tenant's rent for its first {@code months} months after moving in.
 * Acts on location choice through the net rent a prospect compares, and on the tenant's cash.
 */
public record RentSubsidy(Double share, Integer months, List<Segment> segments, CalendarMonth start, CalendarMonth end)
        implements FirmIncentive {
    private static final long serialVersionUID = 1L;

    public RentSubsidy {
        Require.share(share, "share");
        Require.count(months, 0, "months");
        segments = Require.list(segments, "segments");
        Require.ordered(start, end, "end");
    }

    @Override
    public Term termFor(Applicant a, CalendarMonth month) {
        return offeredTo(a.segment(), month) ? new Terms.Rent(share, months) : null;
    }

    @Override
    public String describe() {
        return Terms.fmt("rent subsidy %.0f%% for %d months", 100 * share, months);
    }
}
