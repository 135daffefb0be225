package parksim.policy;

import parksim.core.CalendarMonth;
import parksim.core.Require;

/**
 * Public service platforms (figures J2, C4): shared labs and pilot lines that prospects value and
 * that shorten a tenant's fit-out by {@code fitOutReduction}.
 */
public record PublicPlatforms(Integer count, Double fitOutReduction, Double costPerPlatformPerYear,
                              CalendarMonth start, CalendarMonth end) implements ParkProgramme {
    private static final long serialVersionUID = 1L;
    public static final InstrumentKind KIND = InstrumentKind.budgeted("platforms", "public_platforms", "platforms", PublicPlatforms.class,
            Lever.whole("count", "Public service platforms", 0, 200,
                    "Public service platforms open (shared labs, pilot lines): prospects value them and they shorten fit-out."));

    public PublicPlatforms {
        Require.count(count, 0, "count");
        Require.share(fitOutReduction, "fitOutReduction");
        Require.atLeast(costPerPlatformPerYear, 0, "costPerPlatformPerYear");
        Require.ordered(start, end, "end");
    }

    @Override
    public double costIn(CalendarMonth month, int k) { return count * costPerPlatformPerYear / 12.0; }

    @Override
    public void act(ProgrammeEffects effects, CalendarMonth month, int k, boolean funded) {
        if (funded && count > 0) effects.platforms(count, fitOutReduction);
    }

    @Override
    public boolean ranThisMonth(ProgrammeEffects effects, double availableCny) { return count == 0 || effects.platformCount() > 0; }

    @Override
    public String describe() {
        return Terms.fmt("%d public platforms", count);
    }
}
