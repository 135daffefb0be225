package parksim.model;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import parksim.core.CalendarMonth;
import parksim.core.Segment;
import java.util.Map;
import parksim.policy.Budget;
import parksim.policy.ParkProgramme;
import parksim.policy.Policies;
import parksim.policy.ProgrammeEffects;

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
        for (int i = clock.index(); i < horizonMonths; i++) {
            if (park.isInMarket(i)) planned += plannedCost(park.policies(), clock.start().plus(i), i);
        }
        programmeReserve = Math.min(planned, budget.uncommitted());
        budget.tryCommit(programmeReserve);
        plannedFor = park.policies();
    }

    private static double plannedCost(Policies policies, CalendarMonth month, int index) {
        double cost = 0;
        for (ParkProgramme p : policies.programmes().values()) {
            if (p.activeIn(month)) cost += p.costIn(month, p.monthInProgramme(month, index));
        }
        return cost;
    }

    /** Runs and pays each programme in turn (registration order), then lets promotion follow the chain's gaps. */
    void runProgrammes() {
        park.beginMonth(clock.month().year());
        if (park.policies() != plannedFor) planProgrammes(); // the package was changed (GUI levers)
        CalendarMonth month = clock.month();
        ProgrammeEffects effects = park.programmes();
        boolean open = park.isInMarket(clock.index()); // no programme runs, or is paid, before the park opens
        for (Map.Entry<String, ParkProgramme> e : park.policies().programmes().entrySet()) {
            ParkProgramme p = e.getValue();
            int k = p.monthInProgramme(month, clock.index());
            boolean funded = open && p.activeIn(month) && spend(e.getKey(), p.costIn(month, k));
            p.act(effects, month, k, funded);
        }
        effects.endProgrammes();
        if (steerToGaps) effects.retarget(gaps);
    }

    /**
     * Pays a programme's month from its reserve, topped up from uncommitted money, if the year's cash
     * (after what is owed to firms: contracts come first) covers it; pauses it otherwise.
     */
    private boolean spend(String instrument, double cost) {
        if (cost <= 0) return true;
        Budget budget = park.budget();
        double fromReserve = Math.min(cost, programmeReserve);
        if (cost - fromReserve > budget.uncommitted() + 1e-6 || !budget.payProgramme(instrument, cost, fromReserve)) {
            budget.markShort(clock.index());
            return false;
        }
        programmeReserve -= fromReserve;
        return true;
    }

    void adapt() {
        park.closeMonth();
        park.considerExpansion(clock.index(), clock.month());
        if (steerToGaps) findGaps();
    }

    /** The core segments with the fewest operating tenants (all core segments if they tie). */
    private void findGaps() {
        int fewest = Integer.MAX_VALUE;
        for (Segment s : Segment.core()) fewest = Math.min(fewest, park.operating(s));
        gaps.clear();
        for (Segment s : Segment.core()) if (park.operating(s) == fewest) gaps.add(s);
    }

}
