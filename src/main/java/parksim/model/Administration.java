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
 * A park's administration. When it takes office it first holds back from its budget the planned
 * cost of its park-wide programmes to the horizon (they are the administration's own line items,
 * e.g. the promotion team and the university agreement of figure Y11), so that offers to firms
 * cannot starve them. At the start of each month it runs and
 * pays the programmes (promotion, events, university partnership, platforms) — a programme it can
 * no longer pay pauses; after the month it adapts: with {@code steerPromotionToGaps}, promotion
 * targets the core segments with the fewest operating tenants.
 */
public final class Administration implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Park park;
    private final Clock clock;
    private final int horizonMonths;
    private final boolean steerToGaps;
    private final Set<Segment> gaps = EnumSet.noneOf(Segment.class);
    private double programmeReserve;
    private Policies plannedFor;

    public Administration(Park park, Clock clock, int horizonMonths) {
        this.park = park;
        this.clock = clock;
        this.horizonMonths = horizonMonths;
        this.steerToGaps = park.spec().administration().steerPromotionToGaps();
        planProgrammes();
    }

    /** Takes stock once the initial tenants are in: which chain segments promotion should target first. */
    void takeStock() {
        findGaps();
    }

    public Park park() { return park; }

    /** Money held back for the park's programmes to the horizon and not yet spent, ¥. */
    public double programmeReserve() { return programmeReserve; }

    /** Holds back the programmes' planned cost from the current month to the horizon, as far as the budget goes. */
    private void planProgrammes() {
        Budget budget = park.budget();
        budget.release(programmeReserve);
        double planned = 0;
        for (int i = clock.index(); i < horizonMonths; i++) planned += plannedCost(park.policies(), clock.start().plus(i), i);
        programmeReserve = Math.min(planned, budget.uncommitted());
        budget.tryCommit(programmeReserve);
        plannedFor = park.policies();
    }

    private double plannedCost(Policies policies, CalendarMonth month, int index) {
        double cost = policies.promotionCost(month) + policies.universityCost(month) + policies.platformsCost(month);
        if (policies.events() != null && policies.eventsActive(month)) {
            cost += eventsHeld(policies.events(), month, index) * policies.events().costPerEvent();
        }
        return cost;
    }

    private static int eventsHeld(EventsProgramme events, CalendarMonth month, int index) {
        return events.eventsInMonth(events.start() == null ? index : events.start().monthsUntil(month));
    }

    void runProgrammes() {
        park.beginMonth();
        if (park.policies() != plannedFor) planProgrammes(); // the package was changed (GUI levers)
        CalendarMonth month = clock.month();
        Policies policies = park.policies();

        TargetedPromotion promotion = policies.targetedPromotion();
        boolean promoting = policies.promotionActive(month) && spend(InstrumentKind.TARGETED_PROMOTION, policies.promotionCost(month));
        Set<Segment> targets = promotion == null ? Set.of()
                : steerToGaps ? gaps
                : promotion.segments().isEmpty() ? EnumSet.allOf(Segment.class) : EnumSet.copyOf(promotion.segments());
        park.setPromotion(promoting, targets);

        EventsProgramme events = policies.events();
        if (events != null && policies.eventsActive(month)) {
            int held = eventsHeld(events, month, clock.index());
            if (held > 0 && spend(InstrumentKind.EVENTS, held * events.costPerEvent())) {
                park.holdEvents(held, events.awarenessBoost(), events.retention());
            } else {
                park.fadeEvents(events.retention());
            }
        } else {
            park.fadeEvents(events == null ? 0 : events.retention());
        }

        boolean university = policies.universityActive(month) && spend(InstrumentKind.UNIVERSITY_PARTNERSHIP, policies.universityCost(month));
        boolean platforms = policies.platformCount(month) > 0 && spend(InstrumentKind.PUBLIC_PLATFORMS, policies.platformsCost(month));
        park.fundProgrammes(university, platforms);
    }

    /** Pays a programme's month from its reserve, topped up from uncommitted money; pauses it if that is not enough. */
    private boolean spend(InstrumentKind kind, double cost) {
        if (cost <= 0) return true;
        Budget budget = park.budget();
        double fromReserve = Math.min(cost, programmeReserve);
        if (cost - fromReserve > budget.uncommitted() + 1e-6) {
            budget.markShort(clock.index());
            return false;
        }
        programmeReserve -= fromReserve;
        budget.pay(kind, cost, fromReserve, clock.index());
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
