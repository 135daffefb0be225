package parksim.policy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import parksim.core.Segment;

/**
 * What the park's programmes do to it this month: the reach of promotion and events, the talent
 * and productivity a university adds, the platforms open. Rebuilt each month by the programmes
 * that ran, except event visibility, which fades from month to month. A programme of a kind the
 * model did not know adds its own {@link ProgrammeEffect}; the built-in effects are computed as
 * they always were, and added effects combine with them.
 */
public final class ProgrammeEffects implements Serializable {
    private static final long serialVersionUID = 1L;

    private double promotionBoost;
    private final Set<Segment> promotionTargets = EnumSet.noneOf(Segment.class);
    private boolean promoting;
    private double eventVisibility;
    private int eventsThisMonth;
    private boolean eventsActed;
    private boolean university;
    private double talentBoost;
    private double productivityBoost;
    private int platforms;
    private double fitOutReduction;
    private final List<ProgrammeEffect> added = new ArrayList<>();

    /** Clears last month's effects (event visibility carries over and fades). */
    public void beginMonth() {
        promoting = false;
        promotionBoost = 0;
        eventsThisMonth = 0;
        eventsActed = false;
        university = false;
        talentBoost = productivityBoost = fitOutReduction = 0;
        platforms = 0;
        added.clear();
    }

    /** Called after every programme acted: with no events programme left, its visibility is gone. */
    public void endProgrammes() {
        if (!eventsActed) eventVisibility = 0;
    }

    public void promote(double boost, Collection<Segment> targets) {
        promoting = true;
        promotionBoost = boost;
        retarget(targets);
    }

    /** Points promotion at other segments (an administration steering it to the chain's gaps). */
    public void retarget(Collection<Segment> targets) {
        promotionTargets.clear();
        promotionTargets.addAll(targets);
    }

    /** Events held this month raise visibility; it fades by {@code retention} a month. */
    public void events(int held, double boostPerEvent, double retention) {
        eventsActed = true;
        eventVisibility = eventVisibility * retention + held * boostPerEvent;
        eventsThisMonth = held;
    }

    public void university(double talent, double productivity) {
        university = true;
        talentBoost = talent;
        productivityBoost = productivity;
    }

    public void platforms(int count, double reduction) {
        platforms = count;
        fitOutReduction = reduction;
    }

    /** Adds a further kind of effect for this month. */
    public void add(ProgrammeEffect effect) { added.add(effect); }

    /** Whether an effect of {@code kind} was added this month. */
    public boolean has(Class<? extends ProgrammeEffect> kind) {
        for (ProgrammeEffect e : added) if (kind.isInstance(e)) return true;
        return false;
    }

    public boolean promoting() { return promoting; }
    public Set<Segment> promotionTargets() { return Set.copyOf(promotionTargets); }
    /** The awareness promotion (and any added effect, as an independent chance) adds for a prospect of {@code segment}. */
    public double promotionBoost(Segment segment) {
        double boost = promoting && promotionTargets.contains(segment) ? promotionBoost : 0;
        if (added.isEmpty()) return boost;
        double missed = 1 - boost;
        for (ProgrammeEffect e : added) missed *= 1 - e.awarenessBoost(segment);
        return 1 - missed;
    }
    public double eventVisibility() { return eventVisibility; }
    public int eventsThisMonth() { return eventsThisMonth; }
    public boolean universityActive() { return university; }
    public double talentBoost() {
        if (added.isEmpty()) return talentBoost;
        double sum = talentBoost;
        for (ProgrammeEffect e : added) sum += e.talentBoost();
        return sum;
    }

    public double productivityBoost() {
        if (added.isEmpty()) return productivityBoost;
        double sum = productivityBoost;
        for (ProgrammeEffect e : added) sum += e.productivityBoost();
        return sum;
    }
    public int platformCount() { return platforms; }

    /** Fit-out months after the platforms' shortening, never below one month. */
    public int fitOutMonths(int baseMonths) {
        return platforms > 0 ? Math.max(1, (int) Math.round(baseMonths * (1 - fitOutReduction))) : baseMonths;
    }
}
