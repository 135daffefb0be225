package parksim.policy;

import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Require;
import parksim.core.Segment;

/**
 * A firm incentive worth {@code share} of something a tenant pays (rent, tax) for {@code months}
 * months: what {@link RentSubsidy} and {@link TaxRebate} share. Records cannot extend a class, so
 * the common part is these defaults and {@link #check}.
 */
public interface ShareForMonths extends FirmIncentive {
    Double share();

    Integer months();

    /** The term it offers a firm: its share for its months. */
    Term term();

    /** What it is called in a description: "rent subsidy". */
    String name();

    @Override
    default Term termFor(Applicant a, CalendarMonth month) {
        return offeredTo(a.segment(), month) ? term() : null;
    }

    @Override
    default String describe() {
        return Terms.fmt("%s %.0f%% for %d months", name(), 100 * share(), months());
    }

    /** Validates the common fields (for a record's compact constructor); returns the segments to keep. */
    static List<Segment> check(Double share, Integer months, List<Segment> segments, CalendarMonth start, CalendarMonth end) {
        Require.share(share, "share");
        Require.count(months, 0, "months");
        List<Segment> kept = Require.list(segments, "segments");
        Require.ordered(start, end, "end");
        return kept;
    }
}
