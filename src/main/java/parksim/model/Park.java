package parksim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import parksim.core.Segment;
import parksim.policy.Budget;
import parksim.policy.Policies;
import parksim.policy.ProgrammeEffects;
import parksim.scenario.BuildingSpec;
import parksim.scenario.ModelParameters;
import parksim.scenario.ParkSpec;

/**
 * A park: its buildings and floor, its tenants counted by stage and segment, this month's flows,
 * and the levers its administration pulls (policies, budget, promotion targets, event visibility).
 *
 * <p>Counts are kept up to date on every stage change, so nothing here loops over the firms.
 */
public final class Park implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ParkSpec spec;
    private final List<Building> buildings = new ArrayList<>();
    private final Budget budget;
    private final ModelParameters parameters;
    /** {@link ModelParameters#complementarity} as a matrix by segment ordinal: read every month for every pair. */
    private final double[][] complementarity = new double[Segment.COUNT][Segment.COUNT];
    private Policies policies;
    private final int opensAt;
    private final FundAccount fund = new FundAccount();
    /** Further phases the zone builds, or null when the scenario gives none. */
    private final Construction construction;

    private final int[] stageCounts = new int[Stage.COUNT];
    private final int[] operatingBySegment = new int[Segment.COUNT];
    private final double[] clusterIndex = new double[Segment.COUNT];
    /** Annual capacity of the open (trial or operating) tenants, by segment: what the park adds to its segments' supply. */
    private final double[] openCapacity = new double[Segment.COUNT];
    private final ProgrammeEffects effects = new ProgrammeEffects();

    private int signedCum;
    private int signedWithIncentive;
    private int turnedAwayNoFloor, turnedAwayNoFloorCum;
    private int contactsCum;
    private int listedCum;
    private double investmentCum;
    private double realisedCum;
    private int signings, moveIns, exits, withdrawals, contacts, declines;
    private double output, tax, investmentSigned, realised;
    private final double[] outputHistory = new double[12];
    private int historyCursor;
    private double output12m;
    private int employment;

    public Park(ParkSpec spec, ModelParameters parameters, Clock clock) {
        this.spec = spec;
        this.parameters = parameters;
        for (Segment s : Segment.values()) {
            for (Segment j : Segment.values()) complementarity[s.ordinal()][j.ordinal()] = parameters.complementarity(s, j);
        }
        for (BuildingSpec b : spec.buildings()) buildings.add(new Building(b, clock.indexOf(b.completes())));
        this.budget = new Budget(spec.appropriationsByYear(clock.start().year()), spec.carryOver(), clock.start().year());
        this.opensAt = spec.opens() == null ? Integer.MIN_VALUE : clock.indexOf(spec.opens());
        this.construction = spec.expansion() == null ? null : new Construction(spec.expansion(), spec.floorLimit());
        setPolicies(spec.policies());
    }

    public String id() { return spec.id(); }
    public String name() { return spec.name(); }
    public ParkSpec spec() { return spec; }
    public List<Building> buildings() { return Collections.unmodifiableList(buildings); }
    public Budget budget() { return budget; }
    public Policies policies() { return policies; }
    public double rentPerM2() { return spec.rentPerM2(); }
    public double fundCapitalLeft() { return fund.capitalLeft(); }
    /** Equity-fund stakes taken so far, ¥ (the fund's own capital, not incentive spend). */
    public double fundInvestedCum() { return fund.investedCum(); }
    public double fundInvestedThisMonth() { return fund.investedThisMonth(); }
    /** Money the fund got back from stakes that ended (listing, withdrawal), ¥. */
    public double fundRecoveredCum() { return fund.recoveredCum(); }
    /** Stakes still held, at cost, ¥. */
    public double fundHoldings() { return fund.holdingsAtCost(); }

    /**
     * Replaces the policy package. Firms keep the terms they negotiated; new prospects see the new
     * package. The equity fund's capital is reset to the new fund less the stakes it holds.
     */
    public void setPolicies(Policies newPolicies) {
        this.policies = newPolicies;
        parksim.policy.EquityFund equity = newPolicies.get(parksim.policy.EquityFund.class);
        fund.resetCapital(equity == null ? 0 : equity.capital());
    }

    // ---- floor ----------------------------------------------------------------------------

    /** The building a firm needing {@code floor} m² would be given: completed ones first, then the earliest to complete. */
    Building buildingFor(double floor, int monthIndex) {
        Building best = null;
        for (Building b : buildings) {
            if (b.unreserved() + 1e-9 < floor) continue;
            if (best == null || rank(b, monthIndex) < rank(best, monthIndex)) best = b;
        }
        return best;
    }

    private static int rank(Building b, int monthIndex) {
        return b.isComplete(monthIndex) ? Integer.MIN_VALUE : b.completesAt();
    }

    public boolean hasRoomFor(double floor) {
        for (Building b : buildings) if (b.unreserved() + 1e-9 >= floor) return true;
        return false;
    }

    Building building(String id) {
        return buildings.stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    public double lettableFloor(int monthIndex) {
        double sum = 0;
        for (Building b : buildings) if (b.isComplete(monthIndex)) sum += b.floorArea();
        return sum;
    }

    public double occupiedFloor() {
        double sum = 0;
        for (Building b : buildings) sum += b.occupied();
        return sum;
    }

    /** Starts a further phase if the zone's expansion rule says so this month. */
    void considerExpansion(int monthIndex, parksim.core.CalendarMonth month) {
        if (construction == null) return;
        Building phase = construction.next(buildings, monthIndex, month);
        if (phase != null) buildings.add(phase);
    }

    /** The most floor the park's land allows, m² (0 when the scenario does not say). */
    public double floorLimit() {
        double limit = spec.floorLimit();
        return Double.isInfinite(limit) ? 0 : limit;
    }

    /** Spent on further phases so far, ¥ (the construction budget's, not the incentive money). */
    public double constructionSpent() { return construction == null ? 0 : construction.spent(); }

    public double constructionBudget() { return construction == null ? 0 : construction.budget(); }

    /** Floor built or under construction, m². */
    public double totalFloor() {
        double sum = 0;
        for (Building b : buildings) sum += b.floorArea();
        return sum;
    }

    // ---- tenants and cluster ---------------------------------------------------------------

    void onStageChange(Firm firm, Stage from, Stage to) {
        count(firm, from, to);
        switch (to) {
            case NEGOTIATING -> { contacts++; contactsCum++; }
            case SIGNED -> { signings++; investmentSigned += firm.announcedInvestment(); countSigned(firm); }
            case FITTING_OUT -> moveIns++;
            case WITHDRAWN -> withdrawals++;
            case EXITED -> exits++;
            case DECLINED -> declines++;
            default -> { }
        }
    }

    /** Counts a firm that was already signed before the start, in its stage now: once, and in no month's flows. */
    void addInitialTenant(Firm firm) {
        count(firm, null, firm.stage());
        countSigned(firm);
    }

    private void count(Firm firm, Stage from, Stage to) {
        if (from != null) stageCounts[from.ordinal()]--;
        stageCounts[to.ordinal()]++;
        if (from != null && from.isOpen()) {
            employment -= firm.employees();
            openCapacity[firm.segment().ordinal()] -= firm.capacity();
        }
        if (to.isOpen()) {
            employment += firm.employees();
            openCapacity[firm.segment().ordinal()] += firm.capacity();
        }
        if (from == Stage.OPERATING) operatingBySegment[firm.segment().ordinal()]--;
        if (to == Stage.OPERATING) operatingBySegment[firm.segment().ordinal()]++;
    }

    private void countSigned(Firm firm) {
        signedCum++;
        investmentCum += firm.announcedInvestment();
        if (firm.offer().hasIncentive()) signedWithIncentive++;
    }

    /** A prospect that wanted to come but found no free floor (at choice, or when its talks concluded). */
    void turnAwayForFloor() {
        turnedAwayNoFloor++;
        turnedAwayNoFloorCum++;
    }

    void onListing() { listedCum++; }

    public int count(Stage stage) { return stageCounts[stage.ordinal()]; }

    public int operating(Segment segment) { return operatingBySegment[segment.ordinal()]; }

    /** Recomputes, for each segment, same-segment + w · complementary operating tenants. */
    void refreshCluster() {
        double w = parameters.choice().complementarityWeight();
        for (int s = 0; s < Segment.COUNT; s++) {
            double complementary = 0;
            for (int j = 0; j < Segment.COUNT; j++) {
                if (j != s) complementary += complementarity[s][j] * operatingBySegment[j];
            }
            clusterIndex[s] = operatingBySegment[s] + w * complementary;
        }
    }

    /** The cluster a firm of {@code segment} finds here, as of the last refresh. */
    public double clusterIndex(Segment segment) { return clusterIndex[segment.ordinal()]; }

    /** Share of core segments with at least one operating tenant. */
    public double chainCompleteness() {
        int covered = 0;
        for (Segment s : Segment.core()) if (operatingBySegment[s.ordinal()] > 0) covered++;
        return covered / (double) Segment.core().size();
    }

    public boolean focusesOn(Segment segment) { return spec.focus().contains(segment); }

    /** Whether the promotion team can open another negotiation this month (its capacity is new talks a month). */
    public boolean canNegotiate() { return contacts < spec.promotionCapacity(); }

    /** Whether the park takes part in the market in month {@code monthIndex}. */
    public boolean isInMarket(int monthIndex) { return monthIndex >= opensAt; }

    /** The month index the park enters the market ({@code Integer.MIN_VALUE}: from the start). */
    public int opensAt() { return opensAt; }

    // ---- awareness and the programmes' effects ---------------------------------------------

    /** What the park's programmes do to it this month (its administration fills them in). */
    public ProgrammeEffects programmes() { return effects; }

    /** Chance a prospect of {@code segment} hears of the park this month. */
    public double awareness(Segment segment) {
        double events = Math.min(1, effects.eventVisibility());
        return 1 - (1 - spec.visibility()) * (1 - events) * (1 - effects.promotionBoost(segment));
    }

    // ---- money --------------------------------------------------------------------------------

    double investFromFund(double amount) { return fund.invest(amount); }

    void recoverStake(double stake, double multiple) { fund.recover(stake, multiple); }

    /** The gain on a stake when its firm lists, as the park's fund states it. */
    double fundListingReturn() {
        parksim.policy.EquityFund equity = policies.get(parksim.policy.EquityFund.class);
        return equity == null ? parksim.policy.EquityFund.DEFAULT_LISTING_RETURN : equity.listingReturn();
    }

    /** Adds an initial tenant's estimated output before the start to the trailing 12 months: {@code byMonth[i]} is month {@code i - 12}. */
    void addOutputBeforeStart(double[] last12Months) {
        for (int i = 0; i < outputHistory.length; i++) outputHistory[i] += last12Months[i];
        double sum = 0;
        for (double m : outputHistory) sum += m;
        output12m = sum;
    }

    /** Investment a tenant actually put in this month (before the start: what it had put in by then). */
    void recordRealisedInvestment(double amount) {
        realised += amount;
        realisedCum += amount;
    }

    void recordProduction(double monthOutput, double monthTax) {
        output += monthOutput;
        tax += monthTax;
    }

    // ---- the month ----------------------------------------------------------------------------

    void beginMonth(int calendarYear) {
        signings = moveIns = exits = withdrawals = contacts = declines = 0;
        turnedAwayNoFloor = 0;
        output = tax = investmentSigned = realised = 0;
        budget.beginMonth(calendarYear);
        fund.beginMonth();
        effects.beginMonth();
    }

    /** Closes the month's books: the trailing-12-month output. */
    void closeMonth() {
        outputHistory[historyCursor] = output;
        historyCursor = (historyCursor + 1) % outputHistory.length;
        double sum = 0;
        for (double m : outputHistory) sum += m;
        output12m = sum;
    }

    public int signedCum() { return signedCum; }
    /** Share of the firms ever signed whose terms include a budget-funded incentive. */
    public double signedWithIncentiveShare() { return signedCum == 0 ? 0 : signedWithIncentive / (double) signedCum; }
    public int turnedAwayNoFloor() { return turnedAwayNoFloor; }
    public int turnedAwayNoFloorCum() { return turnedAwayNoFloorCum; }
    public int contactsCum() { return contactsCum; }
    public int listedCum() { return listedCum; }
    /** Investment announced by the firms ever signed (what the articles count, A1 and C2), ¥. */
    public double investmentCum() { return investmentCum; }
    /** Investment the tenants actually put in so far, ¥. */
    public double realisedCum() { return realisedCum; }
    /** Investment the tenants actually put in this month, ¥. */
    public double realisedThisMonth() { return realised; }
    /** Annual capacity of the park's open tenants of {@code segment}, ¥ a year. */
    public double openCapacity(Segment segment) { return openCapacity[segment.ordinal()]; }
    public int signings() { return signings; }
    public int moveIns() { return moveIns; }
    public int exits() { return exits; }
    public int withdrawals() { return withdrawals; }
    public int contacts() { return contacts; }
    public int declines() { return declines; }
    public double output() { return output; }
    public double tax() { return tax; }
    public double investmentSigned() { return investmentSigned; }
    /** Output of the last 12 months, this one included (after the month is closed). */
    public double output12m() { return output12m; }
    /** Jobs in open tenants (trial or operating). */
    public int employment() { return employment; }
    public int open() { return count(Stage.TRIAL) + count(Stage.OPERATING); }
}
