package parksim.policy;

import parksim.core.CalendarMonth;
import parksim.core.Require;

/** Listing support (figures C4, C5, A3): multiplies a mature tenant's chance of listing and pays a grant when it lists. */
public record ListingSupport(Double hazardMultiplier, Double grant, CalendarMonth start, CalendarMonth end)
        implements FirmIncentive {
    private static final long serialVersionUID = 1L;
    public static final InstrumentKind KIND = InstrumentKind.budgeted("listingSupport", "listing_support", "listing", ListingSupport.class,
            Lever.number("hazardMultiplier", "Listing support, × chance of listing", 1, 10,
                    "How much listing support multiplies a mature tenant's monthly chance of listing."));

    public ListingSupport {
        Require.between(hazardMultiplier, 1, 100, "hazardMultiplier");
        Require.atLeast(grant, 0, "grant");
        Require.ordered(start, end, "end");
    }

    /** A grant promised at signing, paid if the firm lists; the hazard multiplier acts through the park's current package. */
    @Override
    public Term termFor(Applicant a, CalendarMonth month) {
        return activeIn(month) ? new Terms.ListingGrant(grant) : null;
    }

    @Override
    public String describe() {
        return Terms.fmt("listing support ×%.1f", hazardMultiplier);
    }
}
