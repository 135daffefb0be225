package parksim.policy;

import java.util.EnumSet;
import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Require;
import parksim.core.Segment;

/**
 * Targeted investment promotion (精准招商, figure Y11): raises the chance that a prospect of a
 * targeted segment hears of the park. Its {@code segments} are the targets; an administration that
 * steers promotion to gaps replaces them each month by the least-covered core segments.
 */
public record TargetedPromotion(Double awarenessBoost, List<Segment> segments, Double costPerMonth,
                                CalendarMonth start, CalendarMonth end) implements ParkProgramme {
    private static final long serialVersionUID = 1L;
    public static final InstrumentKind KIND = InstrumentKind.budgeted("targetedPromotion", "targeted_promotion", "promotion", TargetedPromotion.class,
            Lever.number("awarenessBoost", "Promotion, added monthly chance to hear of the park (0–1)", 0, 1,
                    "Added chance that a prospect of a targeted segment hears of the park each month."));

    public TargetedPromotion {
        Require.share(awarenessBoost, "awarenessBoost");
        segments = Require.list(segments, "segments");
        Require.atLeast(costPerMonth, 0, "costPerMonth");
        Require.ordered(start, end, "end");
    }

    @Override
    public double costIn(CalendarMonth month, int k) { return costPerMonth; }

    @Override
    public void act(ProgrammeEffects effects, CalendarMonth month, int k, boolean funded) {
        if (funded) effects.promote(awarenessBoost, segments.isEmpty() ? EnumSet.allOf(Segment.class) : segments);
    }

    @Override
    public boolean ranThisMonth(ProgrammeEffects effects, double availableCny) { return effects.promoting(); }

    @Override
    public String describe() {
        return Terms.fmt("targeted promotion +%.2f awareness", awarenessBoost);
    }
}
