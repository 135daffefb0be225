package parksim.policy;

import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Require;
import parksim.core.Segment;

/**
 * A park-backed fund that takes a stake of {@code share} of a signing firm's investment, up to
 * {@code maxPerFirm}, while its {@code capital} lasts (figure C7's "fund – credit – listing" system).
 * The money goes into the firm's cash; the park books it as incentive spend.
 */
public record EquityFund(Double capital, Double share, Double maxPerFirm, List<Segment> segments,
                         CalendarMonth start, CalendarMonth end) implements Instrument {
    public EquityFund {
        Require.atLeast(capital, 0, "capital");
        Require.share(share, "share");
        Require.atLeast(maxPerFirm, 0, "maxPerFirm");
        segments = Require.list(segments, "segments");
        Require.ordered(start, end, "end");
    }

    /** The stake offered to a project of {@code investment}, given what is left of the fund. */
    public double stakeFor(double investment, double capitalLeft) {
        return Math.max(0, Math.min(Math.min(share * investment, maxPerFirm), capitalLeft));
    }
}
