package parksim.model;

import java.io.Serializable;
import java.util.Arrays;
import parksim.core.Segment;
import parksim.model.Draws.Decision;
import parksim.policy.ExpectedCost;
import parksim.policy.Offer;
import parksim.policy.Term;
import parksim.policy.Term.Occasion;
import parksim.scenario.FirmParameters;
import parksim.scenario.PipelineParameters;
import parksim.scenario.SegmentMarket;
import parksim.scenario.TenantSpec;

/**
 * A mobile investment project that chose a park, and the tenant it becomes. Each month it first
 * moves along the pipeline ({@link #advance()}), then, once moved in, produces and pays its way
 * ({@link #operate()}).
 */
public final class Firm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Marks a stage the firm has not (yet) reached. */
    public static final int NEVER = Integer.MIN_VALUE;

    private final String id;
    private final String name;
    private final long serial;
    /** Keys this firm's own random draws ({@link Draws}): its serial, or a negative number for an initial tenant. */
    private final long drawKey;
    private final Segment segment;
    private final Park park;
    private final FirmEnvironment env;
    /** What the project announced, ¥: what the park counts as investment attracted. */
    private final double announced;
    /** What it will actually put in, ¥: its floor, capacity and jobs follow from this. */
    private final double investment;
    private final double floor;
    private final double capacity;
    private final int employees;
    private final double productivity;
    private final Offer offer;
    /** The prospect it was, to weigh the park's package again when talks conclude; null for initial tenants. */
    private final Prospect prospect;
    /** Log-sum of the utilities of its alternatives (the outside option and other parks it knew) when it chose. */
    private final double alternativesUtility;

    private Stage stage = Stage.PROSPECT;
    private final int[] stageMonth = new int[Stage.COUNT];
    private int listedMonth = NEVER;
    private Building building;
    private int fitOutEnds;
    /** Its account with the park's incentive budget: reserved, promised, paid and owed. */
    private FirmLedger ledger;
    private double stake;
    /** Realised investment put in so far, ¥. */
    private double realisedToDate;
    private double cash;
    private double outputThisMonth;
    private int outputMonth = NEVER;
    private final double[] outputHistory = new double[12];
    private int historyCursor;
    private int tenancyMonths;
    private int monthsOpen;

    private Firm(String id, String name, long serial, long drawKey, Segment segment, Park park, FirmEnvironment env,
                 double announced, double investment, double floor, double capacity, int employees, double productivity, Offer offer,
                 Prospect prospect, double alternativesUtility) {
        this.id = id;
        this.name = name;
        this.serial = serial;
        this.drawKey = drawKey;
        this.segment = segment;
        this.park = park;
        this.env = env;
        this.announced = announced;
        this.investment = investment;
        this.floor = floor;
        this.capacity = capacity;
        this.employees = employees;
        this.productivity = productivity;
        this.offer = offer;
        this.prospect = prospect;
        this.alternativesUtility = alternativesUtility;
        this.cash = env.firms().initialCashShare() * investment;
        Arrays.fill(stageMonth, NEVER);
    }

    /**
     * A prospect that has chosen {@code park} and starts negotiating on the terms of {@code offer},
     * whose expected cost ({@code promises}, one per term) the park reserves while talks last.
     */
    static Firm negotiating(Prospect p, Park park, Offer offer, ExpectedCost[] promises, double alternativesUtility,
                            FirmEnvironment env) {
        Firm f = new Firm("f" + p.serial(), "project " + p.serial(), p.serial(), p.serial(), p.segment(), park, env,
                p.announced(), p.investment(), p.floor(), p.capacity(), p.employees(), p.productivity(), offer, p, alternativesUtility);
        f.ledger = FirmLedger.offered(offer, promises, park.budget());
        f.moveTo(Stage.NEGOTIATING);
        return f;
    }

    /**
     * A firm already in the park at the start, with its history before the start: its stage dates,
     * the months of its terms already used, and its output over the 12 months before the start.
     */
    static Firm initialTenant(TenantSpec t, InitialTerms terms, Park park, double productivity, long drawKey,
                              FirmEnvironment env) {
        // An initial tenant is known to the park: its investment is what it puts in, announced or not.
        Firm f = new Firm(t.id(), t.name(), 0, drawKey, t.segment(), park, env, t.investment(), t.investment(),
                t.floor(), terms.capacity(), terms.employees(), productivity, terms.offer(), null, 0);
        f.ledger = FirmLedger.contracted(terms.offer(), terms.promises(), park.budget());
        Clock clock = env.clock();
        f.stageMonth[Stage.SIGNED.ordinal()] = clock.indexOf(t.signed());
        f.building = park.building(t.building());
        f.building.reserve(f.floor);
        Stage now = switch (t.stage()) {
            case SIGNED -> Stage.SIGNED;
            case FITTING_OUT -> Stage.FITTING_OUT;
            case TRIAL -> Stage.TRIAL;
            case OPERATING -> Stage.OPERATING;
        };
        if (t.movedIn() != null && now.occupiesFloor()) {
            f.stageMonth[Stage.FITTING_OUT.ordinal()] = clock.indexOf(t.movedIn());
            f.building.occupy(f.floor);
            f.tenancyMonths = -clock.indexOf(t.movedIn());
            f.fitOutEnds = clock.indexOf(t.movedIn()) + park.programmes().fitOutMonths(env.pipeline().fitOutMonths());
        }
        if (t.trialFrom() != null && now.isOpen()) {
            f.stageMonth[Stage.TRIAL.ordinal()] = clock.indexOf(t.trialFrom());
            f.monthsOpen = -clock.indexOf(t.trialFrom());
        }
        if (t.operatingFrom() != null && now == Stage.OPERATING) f.stageMonth[Stage.OPERATING.ordinal()] = clock.indexOf(t.operatingFrom());
        f.stage = now;
        park.addInitialTenant(f);
        if (t.listed() != null) {
            f.listedMonth = clock.indexOf(t.listed());
            park.onListing();
        }
        f.recordOutputBeforeStart();
        f.realise(f.realisedBy(0));
        return f;
    }

    /**
     * The realised investment a tenant has put in by month {@code monthIndex}: in equal parts over
     * {@code realisationMonths} from moving in (nothing before).
     */
    private double realisedBy(int monthIndex) {
        int movedIn = stageMonth[Stage.FITTING_OUT.ordinal()];
        if (movedIn == NEVER || monthIndex < movedIn) return 0;
        return investment * Math.min(1.0, (monthIndex - movedIn) / (double) env.firms().realisationMonths());
    }

    private void realise(double amount) {
        if (amount <= 0) return;
        realisedToDate += amount;
        park.recordRealisedInvestment(amount);
    }

    /** Fills the trailing 12 months with the output estimated for the months before the start. */
    private void recordOutputBeforeStart() {
        double[] byMonth = new double[outputHistory.length];
        for (int i = 0; i < byMonth.length; i++) byMonth[i] = estimatedOutputBeforeStart(i - byMonth.length);
        System.arraycopy(byMonth, 0, outputHistory, 0, byMonth.length);
        park.addOutputBeforeStart(byMonth);
    }

    // ---- the pipeline -----------------------------------------------------------------------

    /** One month of the pipeline: at most one stage change. */
    void advance() {
        PipelineParameters p = env.pipeline();
        int now = env.clock().index();
        switch (stage) {
            case NEGOTIATING -> {
                if (now == stageMonth[Stage.NEGOTIATING.ordinal()]) return; // talks take at least into the next month
                if (draw(Decision.CONCLUDE) >= 1.0 / p.negotiationMonths()) return;
                if (draw(Decision.SIGN) < signingChance()) sign(now);
                else end(Stage.DECLINED);
            }
            case SIGNED -> {
                int waited = now - stageMonth[Stage.SIGNED.ordinal()];
                if (draw(Decision.WITHDRAW) < p.withdrawalHazard()) end(Stage.WITHDRAWN);
                else if (waited >= p.moveInLagMonths() && building.isComplete(now)) moveIn(now);
                else if (waited >= p.maxWaitMonths()) end(Stage.WITHDRAWN);
            }
            case FITTING_OUT -> {
                if (now >= fitOutEnds) moveTo(p.trialMonths() > 0 ? Stage.TRIAL : Stage.OPERATING);
            }
            case TRIAL -> {
                if (now - stageMonth[Stage.TRIAL.ordinal()] >= p.trialMonths()) moveTo(Stage.OPERATING);
            }
            default -> { }
        }
    }

    /**
     * The chance that concluded talks end in an agreement: the prospect weighs the park, with its
     * package and its cluster as they are now, against the alternatives it had, in a binary logit
     * whose intercept makes the chance {@code signingProbability} when the park is exactly as good
     * as the alternatives. A better package raises it through the same utility as the choice.
     */
    double signingChance() {
        double base = env.pipeline().signingProbability();
        if (base <= 0 || base >= 1 || prospect == null) return base;
        double advantage = env.choice().utility(park, prospect, offer) - alternativesUtility;
        return 1 / (1 + Math.exp(-(Math.log(base / (1 - base)) + advantage)));
    }

    private double draw(Decision decision) {
        return env.draws().uniform(drawKey, decision, env.clock().index());
    }

    private void sign(int now) {
        Building b = park.buildingFor(floor, now);
        if (b == null) {
            park.turnAwayForFloor();
            end(Stage.DECLINED);
            return;
        }
        building = b;
        building.reserve(floor);
        ledger.sign();
        moveTo(Stage.SIGNED);
        stake = park.investFromFund(offer.fundStake());
        cash += stake;
        cash += settle(Occasion.SIGNING);
    }

    private void moveIn(int now) {
        building.occupy(floor);
        moveTo(Stage.FITTING_OUT);
        fitOutEnds = now + park.programmes().fitOutMonths(env.pipeline().fitOutMonths());
        cash += settle(Occasion.MOVE_IN);
    }

    // ---- operations -------------------------------------------------------------------------

    /** One month as a tenant: output, costs, incentives, then listing or exit. */
    void operate() {
        outputThisMonth = 0;
        if (!stage.occupiesFloor()) return;
        FirmParameters f = env.firms();
        SegmentMarket m = env.market().segment(segment);

        double output = stage.isOpen() ? capacity / 12.0 * activity() * utilisationNow() : 0;
        double fixed = m.fixedCostShare() * capacity / 12.0 * (stage == Stage.FITTING_OUT ? f.preOpeningCostShare() : 1.0);
        double rent = park.rentPerM2() * floor;
        double tax = f.taxRate() * output;
        double incentives = settle(Occasion.MONTH, new Term.Tenancy(tenancyMonths, monthsOpen, stage.isOpen(), rent, tax, employees));
        cash += m.grossMargin() * output - fixed - rent - tax + incentives;

        outputThisMonth = output;
        outputMonth = env.clock().index();
        realise(realisedBy(outputMonth + 1) - realisedToDate);
        outputHistory[historyCursor] = output;
        historyCursor = (historyCursor + 1) % outputHistory.length;
        park.recordProduction(output, tax);

        tenancyMonths++;
        if (stage.isOpen()) monthsOpen++;
        if (ledger.poolLeft() && stage.isOpen() && termsOver()) ledger.releasePool();

        if (cash + park.spec().administration().arrearsCredibility() * ledger.owed() < 0 || stage.isOpen() && draw(Decision.EXIT) < f.exitHazard()) {
            end(Stage.EXITED);
            return;
        }
        considerListing(f);
    }

    /**
     * Expected output, ¥, in a firm's {@code k}-th month open (k = 0 in its first trial month): trial
     * output for {@code trialMonths}, then the linear ramp to capacity, times the share of capacity its
     * market and productivity let it use. The one place the expected output path is computed: offers
     * promise their tax rebate on it ({@link parksim.policy.ExpectedCost}).
     */
    static double expectedOutputCny(int k, int trialMonths, double capacity, double utilisation, PipelineParameters p) {
        double activity = k < trialMonths ? p.trialOutputShare()
                : Math.min(1.0, p.rampStart() + (1 - p.rampStart()) * (k - trialMonths) / (double) p.rampMonths());
        return capacity / 12.0 * activity * Math.min(1.0, utilisation);
    }

    /** Share of capacity in use: trial output, then a linear ramp to full capacity (the investment's build-up). */
    private double activity() {
        return activityIn(env.clock().index());
    }

    private double activityIn(int monthIndex) {
        PipelineParameters p = env.pipeline();
        int operating = stageMonth[Stage.OPERATING.ordinal()];
        if (operating == NEVER || monthIndex < operating) return p.trialOutputShare();
        return Math.min(1.0, p.rampStart() + (1 - p.rampStart()) * (monthIndex - operating) / (double) p.rampMonths());
    }

    /**
     * Share of its capacity the firm's market lets it use: the segment's shared utilisation raised by
     * its own productivity, the cluster and a university's spill-over, never above full capacity.
     */
    double utilisationNow() {
        return Math.min(1.0, env.market().utilisation(segment) * productivityNow());
    }

    /** Own productivity, raised by the cluster around it (elasticity) and a university partnership's spill-over. */
    double productivityNow() {
        double others = park.clusterIndex(segment) - (stage == Stage.OPERATING ? 1 : 0);
        double agglomeration = Math.pow(1 + Math.max(0, others), env.firms().agglomerationElasticity());
        return productivity * agglomeration * (1 + park.programmes().productivityBoost());
    }

    private void considerListing(FirmParameters f) {
        if (stage != Stage.OPERATING || listedMonth != NEVER || !canList(f)) return;
        double hazard = f.listingHazard() * park.policies().listingHazardMultiplier(env.clock().month());
        if (draw(Decision.LISTING) >= hazard) return;
        listedMonth = env.clock().index();
        cash += f.ipoCashShare() * investment;
        park.onListing();
        cash += settle(Occasion.LISTING);
        endStake(1 + park.fundListingReturn());
    }

    /**
     * Two routes to a listing, as Chinese biotech lists: the revenue route (enough operating months
     * and output), and the pre-revenue route of R&D-stage firms (STAR Market fifth standard, HKEX
     * Chapter 18A): a segment that may list before revenue, a large enough project (a stand-in for its
     * valuation) and enough months of R&D since signing.
     */
    boolean canList(FirmParameters f) {
        int now = env.clock().index();
        boolean revenue = now - stageMonth[Stage.OPERATING.ordinal()] >= f.listingMinMonths()
                && output12m() >= f.listingMinOutput();
        boolean preRevenue = f.preRevenueSegments().contains(segment) && announced >= f.preRevenueMinInvestment()
                && now - stageMonth[Stage.SIGNED.ordinal()] >= f.preRevenueMinMonths();
        return revenue || preRevenue;
    }

    // ---- stage changes and money ------------------------------------------------------------------

    private void moveTo(Stage next) {
        Stage from = stage == Stage.PROSPECT ? null : stage;
        stage = next;
        stageMonth[next.ordinal()] = env.clock().index();
        park.onStageChange(this, from, next);
    }

    /** Leaves the pipeline or the park: frees its floor, what is left of its promises, and ends the fund's stake. */
    private void end(Stage ending) {
        if (building != null) {
            if (stage.occupiesFloor()) building.vacate(floor);
            building.unreserve(floor);
        }
        ledger.close();
        // A firm that withdraws before moving in hands the stake back; one that closes loses it.
        endStake(ending == Stage.WITHDRAWN ? 1 : 0);
        moveTo(ending);
    }

    private void endStake(double multiple) {
        park.recoverStake(stake, multiple);
        stake = 0;
    }

    private double settle(Occasion occasion) {
        return settle(occasion, new Term.Tenancy(tenancyMonths, monthsOpen, stage.isOpen(), park.rentPerM2() * floor, 0, employees));
    }

    /** Pays arrears owed and every budget-funded term due on {@code occasion}; returns what the budget paid. */
    private double settle(Occasion occasion, Term.Tenancy tenancy) {
        return ledger.settle(occasion, tenancy, env.clock().index());
    }

    /** True once every term but those held apart has run its course. */
    private boolean termsOver() {
        Term.Tenancy now = new Term.Tenancy(tenancyMonths, monthsOpen, stage.isOpen(), 0, 0, employees);
        for (Term t : offer.terms()) if (!t.heldApart() && !t.over(now)) return false;
        return true;
    }

    // ---- what observers and inspectors read ------------------------------------------------------

    public String id() { return id; }
    public String name() { return name; }
    /** Arrival number of the prospect (0 for initial tenants): equal across policy variants. */
    public long serial() { return serial; }
    public Segment segment() { return segment; }
    public Park park() { return park; }
    public Stage stage() { return stage; }
    public boolean isListed() { return listedMonth != NEVER; }
    /** The investment the project announced, ¥ (what the park counts as attracted). */
    public double announcedInvestment() { return announced; }
    /** The investment the project puts in over its build-up, ¥. */
    public double investment() { return investment; }
    /** The realised investment put in so far, ¥. */
    public double realisedToDate() { return realisedToDate; }
    public double floor() { return floor; }
    public double capacity() { return capacity; }
    public int employees() { return employees; }
    public double cash() { return cash; }
    public double subsidiesReceived() { return ledger.received(); }
    /** Incentives due to the firm and not yet paid (arrears the park owes it), ¥. */
    public double arrearsOwed() { return ledger.owed(); }
    public Offer offer() { return offer; }
    public Building building() { return building; }
    /** Output in the month just simulated: nothing once the firm has left, withdrawn or declined. */
    public double outputThisMonth() { return outputMonth == env.clock().index() ? outputThisMonth : 0; }
    /**
     * What the firm's terms were expected to cost when they were offered (for an initial tenant, those
     * left at the start), within the horizon, ¥: reserved while talks last, promised once signed.
     */
    public double promisedAtStart() { return ledger.promised().withinHorizon(); }
    /** The part of that expected to fall due after the horizon, ¥. */
    public double promisedBeyondHorizon() { return ledger.promised().beyondHorizon(); }
    /** The equity fund's stake in the firm, at cost, ¥. */
    public double stake() { return stake; }
    /** Incentive terms still promised to the firm and not yet paid (within the horizon and after it), ¥. */
    public double commitmentLeft() { return ledger.commitmentLeft(); }
    /** The part of {@link #commitmentLeft()} falling due within the horizon, ¥. */
    public double commitmentWithinHorizon() { return ledger.commitmentWithinHorizon(); }
    /** Whether the firm's offer is still only reserved (talks under way). */
    public boolean offerReserved() { return ledger.reserving(); }

    public double output12m() {
        double sum = 0;
        for (double v : outputHistory) sum += v;
        return sum;
    }

    /**
     * Output in a month before the start (negative index), estimated for an initial tenant from its
     * trial and ramp-up dates and the market of that month; the model did not simulate those months.
     */
    public double estimatedOutputBeforeStart(int monthIndex) {
        int trial = stageMonth[Stage.TRIAL.ordinal()];
        if (monthIndex >= 0 || trial == NEVER || monthIndex < trial) return 0;
        double utilisation = Math.min(1.0, env.market().usualUtilisation(segment) * productivity);
        return capacity / 12.0 * activityIn(monthIndex) * utilisation;
    }

    /** Month index at which the firm entered {@code s}, or {@link #NEVER}. */
    public int monthOf(Stage s) { return stageMonth[s.ordinal()]; }

    public int listedMonth() { return listedMonth; }
}
