package parksim.policy;

import parksim.core.CalendarMonth;
import parksim.core.Require;

/**
 * A university partnership (figures Y9, Y11, J5): adds to the park's talent pool, which prospects
 * value, and spills over into tenants' productivity.
 */
public record UniversityPartnership(String partner, Double talentBoost, Double productivityBoost, Double costPerYear,
                                    CalendarMonth start, CalendarMonth end) implements ParkProgramme {
    private static final long serialVersionUID = 1L;
    public static final InstrumentKind KIND = InstrumentKind.budgeted("universityPartnership", "university_partnership", "university",
            UniversityPartnership.class);

    public UniversityPartnership {
        if (partner == null) partner = "university";
        Require.between(talentBoost, 0, 10, "talentBoost");
        Require.between(productivityBoost, 0, 1, "productivityBoost");
        Require.atLeast(costPerYear, 0, "costPerYear");
        Require.ordered(start, end, "end");
    }

    @Override
    public double costIn(CalendarMonth month, int k) { return costPerYear / 12.0; }

    @Override
    public void act(ProgrammeEffects effects, CalendarMonth month, int k, boolean funded) {
        if (funded) effects.university(talentBoost, productivityBoost);
    }

    @Override
    public boolean ranThisMonth(ProgrammeEffects effects, double availableCny) { return effects.universityActive(); }

    @Override
    public String describe() {
        return "university partnership (" + partner + ")";
    }
}
