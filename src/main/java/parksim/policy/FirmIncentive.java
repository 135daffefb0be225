package parksim.policy;

import parksim.core.CalendarMonth;
import parksim.core.Segment;

/** A firm-level instrument: the term it offers a firm that starts negotiating, or null if it offers it none. */
public interface FirmIncentive extends Instrument {
    /** What the park knows of a prospect when it makes an offer. */
    record Applicant(Segment segment, double investment, double floorM2, double fundCapitalLeft) {}

    /** The term offered to {@code applicant} in {@code month}, or null (not active, not its segment, nothing to give). */
    Term termFor(Applicant applicant, CalendarMonth month);
}
