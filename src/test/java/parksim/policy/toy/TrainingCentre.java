package parksim.policy.toy;

import parksim.core.CalendarMonth;
import parksim.core.Require;
import parksim.policy.InstrumentKind;
import parksim.policy.InstrumentProvider;
import parksim.policy.Lever;
import parksim.policy.ParkProgramme;
import parksim.policy.ProgrammeEffect;
import parksim.policy.ProgrammeEffects;

/**
 * A test-only park programme with an effect of its own kind: a training centre that costs
 * {@code costPerMonth} and, in each month it is paid, makes tenants {@code productivityBoost} more
 * productive ({@link Skills}, an effect the built-in programmes do not have).
 */
public record TrainingCentre(Double productivityBoost, Double costPerMonth, CalendarMonth start, CalendarMonth end)
        implements ParkProgramme {
    public static final InstrumentKind KIND = InstrumentKind.budgeted("trainingCentre", "training_centre", "training", TrainingCentre.class,
            Lever.number("productivityBoost", "Training centre, added productivity (0–1)", 0, 1, "Added productivity of every tenant while the centre runs."));

    /** Makes the centre known to the installed catalog (named in META-INF/services). */
    public static final class Provider implements InstrumentProvider {
        @Override public InstrumentKind kind() { return KIND; }
    }

    /** The centre's effect: a better trained workforce. */
    public record Skills(double productivity) implements ProgrammeEffect {
        @Override public double productivityBoost() { return productivity; }
    }

    public TrainingCentre {
        Require.between(productivityBoost, 0, 1, "productivityBoost");
        Require.atLeast(costPerMonth, 0, "costPerMonth");
        Require.ordered(start, end, "end");
    }

    @Override
    public double costIn(CalendarMonth month, int k) { return costPerMonth; }

    @Override
    public void act(ProgrammeEffects effects, CalendarMonth month, int k, boolean funded) {
        if (funded) effects.add(new Skills(productivityBoost));
    }

    @Override
    public boolean ranThisMonth(ProgrammeEffects effects, double availableCny) { return effects.has(Skills.class); }

    @Override
    public String describe() { return "training centre +" + productivityBoost + " productivity"; }
}
