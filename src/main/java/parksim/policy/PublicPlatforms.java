package parksim.policy;

import parksim.core.CalendarMonth;
import parksim.core.Require;

/**
 * Public service platforms (figures J2, C4): shared labs and pilot lines that prospects value and
 * that shorten a tenant's fit-out by {@code fitOutReduction}.
 */
public record PublicPlatforms(Integer count, Double fitOutReduction, Double costPerPlatformPerYear,
                              CalendarMonth start, CalendarMonth end) implements Instrument {
    private static final long serialVersionUID = 1L;

    public PublicPlatforms {
        Require.count(count, 0, "count");
        Require.share(fitOutReduction, "fitOutReduction");
        Require.atLeast(costPerPlatformPerYear, 0, "costPerPlatformPerYear");
        Require.ordered(start, end, "end");
    }

    /** Fit-out months after the platforms' shortening, never below one month. */
    public int shortenedFitOut(int months) {
        return Math.max(1, (int) Math.round(months * (1 - fitOutReduction)));
    }
}
