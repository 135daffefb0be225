package parksim.policy;

import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Segment;

/**
 * The park pays {@code share} of a tenant's rent for its first {@code months} months after moving in.
 * Acts on location choice through the net rent a prospect compares, and on the tenant's cash.
 */
public record RentSubsidy(Double share, Integer months, List<Segment> segments, CalendarMonth start, CalendarMonth end)
        implements ShareForMonths {
    private static final long serialVersionUID = 1L;
    public static final InstrumentKind KIND = InstrumentKind.budgeted("rentSubsidy", "rent_subsidy", "rent", RentSubsidy.class,
            Lever.number("share", "Rent subsidy, share of rent (0–1)", 0, 1, "Share of a tenant's rent the park pays after it moves in."),
            Lever.whole("months", "Rent subsidy, months", 0, 120, "Months of tenancy the rent subsidy lasts."));

    public RentSubsidy {
        segments = ShareForMonths.check(share, months, segments, start, end);
    }

    @Override
    public Term term() { return new Terms.Rent(share, months); }

    @Override
    public String name() { return "rent subsidy"; }
}
