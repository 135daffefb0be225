package parksim.model;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import parksim.core.CalendarMonth;
import parksim.core.Segment;
import parksim.policy.Budget;
import parksim.policy.EventsProgramme;
import parksim.policy.InstrumentKind;
import parksim.policy.Policies;
import parksim.policy.TargetedPromotion;

/**
 * A park's administration. At the start of each month it runs and pays the park-wide programmes
 * (promotion, events, university partnership, platforms) — a programme it can no longer afford
 * pauses; after the month it adapts: with {@code steerPromotionToGaps}, promotion targets the
 * core segments with the fewest operating tenants.
 */
public final class Administration implements Serializable {
    private final Park park;
    private final Clock clock;
    private final boolean steerToGaps;
    private final Set<Segment> gaps = EnumSet.noneOf(Segment.class);

    public Administration(Park park, Clock clock) {
        this.park = park;
        this.clock = clock;
        this.steerToGaps = park.spec().administration().steerPromotionToGaps();
        findGaps();
    }

    public Park park() { return park; }

    void runProgrammes() {
        park.beginMonth();
        CalendarMonth month = clock.month();
        Policies policies = park.policies();
        Budget budget = park.budget();

        TargetedPromotion promotion = policies.targetedPromotion();
        boolean promoting = policies.promotionActive(month) && spend(budget, InstrumentKind.TARGETED_PROMOTION, policies.promotionCost(month));
        Set<Segment> targets = promotion == null ? Set.of()
                : steerToGaps ? gaps
                : promotion.segments().isEmpty() ? EnumSet.allOf(Segment.class) : EnumSet.copyOf(promotion.segments());
        park.setPromotion(promoting, targets);

        EventsProgramme events = policies.events();
        if (events != null && policies.eventsActive(month)) {
            int k = events.start() == null ? clock.index() : events.start().monthsUntil(month);
            int held = events.eventsInMonth(k);
            if (held > 0 && spend(budget, InstrumentKind.EVENTS, held * events.costPerEvent())) {
                park.holdEvents(held, events.awarenessBoost(), events.retention());
            } else {
                park.fadeEvents(events.retention());
            }
        } else {
            park.fadeEvents(events == null ? 0 : events.retention());
        }

        boolean university = policies.universityActive(month) && spend(budget, InstrumentKind.UNIVERSITY_PARTNERSHIP, policies.universityCost(month));
        boolean platforms = policies.platformCount(month) > 0 && spend(budget, InstrumentKind.PUBLIC_PLATFORMS, policies.platformsCost(month));
        park.fundProgrammes(university, platforms);
    }

    private static boolean spend(Budget budget, InstrumentKind kind, double cost) {
        if (!budget.canAfford(cost)) return false;
        budget.pay(kind, cost, 0);
        return true;
    }

    void adapt() {
        park.closeMonth();
        if (steerToGaps) findGaps();
    }

    /** The core segments with the fewest operating tenants (all core segments if they tie). */
    private void findGaps() {
        int fewest = Integer.MAX_VALUE;
        for (Segment s : Segment.core()) fewest = Math.min(fewest, park.operating(s));
        gaps.clear();
        for (Segment s : Segment.core()) if (park.operating(s) == fewest) gaps.add(s);
    }

    public Set<Segment> gaps() { return Set.copyOf(gaps); }
}
