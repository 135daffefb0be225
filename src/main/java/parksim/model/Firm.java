package parksim.model;

import java.io.Serializable;
import java.util.Arrays;
import parksim.core.CalendarMonth;
import parksim.core.Segment;
import parksim.policy.InstrumentKind;
import parksim.policy.Offer;
import parksim.scenario.FirmParameters;
import parksim.scenario.PipelineParameters;
import parksim.scenario.SegmentMarket;

/**
 * A mobile investment project that chose a park, and the tenant it becomes. Each month it first
 * moves along the pipeline ({@link #advance()}), then, once moved in, produces and pays its way
 * ({@link #operate()}).
 */
public final class Firm implements Serializable {
    /** Marks a stage the firm has not (yet) reached. */
    public static final int NEVER = Integer.MIN_VALUE;

    private final String id;
    private final String name;
    private final long serial;
    private final Segment segment;
    private final Park park;
    private final FirmEnvironment env;
    private final double investment;
    private final double floor;
    private final double capacity;
    private final int employees;
    private final double productivity;
    private final Offer offer;

    private Stage stage = Stage.PROSPECT;
    private final int[] stageMonth = new int[Stage.COUNT];
    private int listedMonth = NEVER;
    private Building building;
    private int fitOutEnds;
    private double commitmentLeft;
    private double cash;
    private double subsidiesReceived;
    private double outputThisMonth;
    private final double[] outputHistory = new double[12];
    private int historyCursor;
    private int tenancyMonths;
    private int monthsOpen;

    private Firm(String id, String name, long serial, Segment segment, Park park, FirmEnvironment env, double investment,
                 double floor, double capacity, int employees, double productivity, Offer offer, double commitment) {
        this.id = id;
        this.name = name;
        this.serial = serial;
        this.segment = segment;
        this.park = park;
        this.env = env;
        this.investment = investment;
        this.floor = floor;
        this.capacity = capacity;
        this.employees = employees;
        this.productivity = productivity;
        this.offer = offer;
        this.commitmentLeft = commitment;
        this.cash = env.firms().initialCashShare() * investment;
        Arrays.fill(stageMonth, NEVER);
    }

    /** A prospect that has chosen {@code park} and starts negotiating on the terms of {@code offer}. */
    static Firm negotiating(Prospect p, Park park, Offer offer, double commitment, FirmEnvironment env) {
        Firm f = new Firm("f" + p.serial(), "project " + p.serial(), p.serial(), p.segment(), park, env, p.investment(),
                p.floor(), p.capacity(), p.employees(), p.productivity(), offer, commitment);
        f.moveTo(Stage.NEGOTIATING);
        return f;
    }

    /** A firm already in the park at the start, with its history before the start. */
    static Firm initialTenant(parksim.scenario.TenantSpec t, Park park, Offer offer, double commitment, double productivity,
                              FirmEnvironment env) {
        SegmentMarket market = env.market().segment(t.segment());
        double capacity = t.capacity() != null ? t.capacity() : t.investment() * market.outputPerInvestment();
        int employees = t.employees() != null ? t.employees()
                : Math.max(1, (int) Math.round(t.floor() / 1000.0 * market.employeesPer1000M2()));
        Firm f = new Firm(t.id(), t.name(), 0, t.segment(), park, env, t.investment(), t.floor(), capacity, employees,
                productivity, offer, commitment);
        Clock clock = env.clock();
        f.stageMonth[Stage.SIGNED.ordinal()] = clock.indexOf(t.signed());
        f.building = park.building(t.building());
        f.building.reserve(f.floor);
        park.countInitialSigning(f);
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
            f.fitOutEnds = clock.indexOf(t.movedIn()) + park.fitOutMonths(env.pipeline().fitOutMonths());
        }
        if (t.trialFrom() != null && now.isOpen()) {
            f.stageMonth[Stage.TRIAL.ordinal()] = clock.indexOf(t.trialFrom());
            f.monthsOpen = -clock.indexOf(t.trialFrom());
        }
        if (t.operatingFrom() != null && now == Stage.OPERATING) f.stageMonth[Stage.OPERATING.ordinal()] = clock.indexOf(t.operatingFrom());
        f.stage = now;
        park.onStageChange(f, null, now);
        if (t.listed() != null) {
            f.listedMonth = clock.indexOf(t.listed());
            park.onListing();
        }
        return f;
    }

    // ---- the pipeline -----------------------------------------------------------------------

    /** One month of the pipeline: at most one stage change. */
    void advance() {
        PipelineParameters p = env.pipeline();
        int now = env.clock().index();
        switch (stage) {
            case NEGOTIATING -> {
                if (now == stageMonth[Stage.NEGOTIATING.ordinal()]) return; // talks take at least into the next month
                if (env.pipelineRandom().nextDouble() >= 1.0 / p.negotiationMonths()) return;
                if (env.pipelineRandom().nextDouble() < p.signingProbability()) sign(now);
                else end(Stage.DECLINED);
            }
            case SIGNED -> {
                int waited = now - stageMonth[Stage.SIGNED.ordinal()];
                if (env.pipelineRandom().nextDouble() < p.withdrawalHazard()) end(Stage.WITHDRAWN);
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

    private void sign(int now) {
        Building b = park.buildingFor(floor, now);
        if (b == null) {
            end(Stage.DECLINED);
            return;
        }
        building = b;
        building.reserve(floor);
        moveTo(Stage.SIGNED);
        double stake = park.takeFromFund(offer.equityStake());
        if (stake > 0) {
            cash += stake;
            pay(InstrumentKind.EQUITY_FUND, stake);
        }
    }

    private void moveIn(int now) {
        building.occupy(floor);
        moveTo(Stage.FITTING_OUT);
        fitOutEnds = now + park.fitOutMonths(env.pipeline().fitOutMonths());
        if (offer.fitOutGrant() > 0) {
            cash += offer.fitOutGrant();
            pay(InstrumentKind.FIT_OUT_SUBSIDY, offer.fitOutGrant());
        }
    }

    // ---- operations -------------------------------------------------------------------------

    /** One month as a tenant: output, costs, incentives, then listing or exit. */
    void operate() {
        outputThisMonth = 0;
        if (!stage.occupiesFloor()) return;
        FirmParameters f = env.firms();
        SegmentMarket m = env.market().segment(segment);
        CalendarMonth month = env.clock().month();

        double output = stage.isOpen() ? capacity / 12.0 * activity() * productivityNow() * env.market().utilisation(segment) : 0;
        double fixed = m.fixedCostShare() * capacity / 12.0 * (stage == Stage.FITTING_OUT ? f.preOpeningCostShare() : 1.0);
        double rent = park.rentPerM2() * floor;
        double tax = f.taxRate() * output;
        double rentSubsidy = offer.rentSubsidy(tenancyMonths, rent);
        double rebate = stage.isOpen() ? offer.taxRebate(monthsOpen, tax) : 0;
        double talent = stage.isOpen() ? offer.talentSubsidy(monthsOpen, employees) : 0;
        pay(InstrumentKind.RENT_SUBSIDY, rentSubsidy);
        pay(InstrumentKind.TAX_REBATE, rebate);
        pay(InstrumentKind.TALENT_SUBSIDY, talent);
        cash += m.grossMargin() * output - fixed - rent - tax + rentSubsidy + rebate + talent;

        outputThisMonth = output;
        outputHistory[historyCursor] = output;
        historyCursor = (historyCursor + 1) % outputHistory.length;
        park.recordProduction(output, tax);

        tenancyMonths++;
        if (stage.isOpen()) monthsOpen++;
        if (commitmentLeft > 0 && stage.isOpen() && offer.exhausted(tenancyMonths, monthsOpen)) {
            park.budget().release(commitmentLeft);
            commitmentLeft = 0;
        }

        if (cash < 0) {
            end(Stage.EXITED);
            return;
        }
        double u = env.operationsRandom().nextDouble();
        if (stage.isOpen() && u < f.exitHazard()) {
            end(Stage.EXITED);
            return;
        }
        considerListing(month, f);
    }

    /** Share of capacity in use: trial output, then a linear ramp to full capacity. */
    private double activity() {
        PipelineParameters p = env.pipeline();
        if (stage == Stage.TRIAL) return p.trialOutputShare();
        int monthsOperating = env.clock().index() - stageMonth[Stage.OPERATING.ordinal()];
        return Math.min(1.0, p.rampStart() + (1 - p.rampStart()) * monthsOperating / (double) p.rampMonths());
    }

    /** Own productivity, raised by the cluster around it (elasticity) and a university partnership's spill-over. */
    double productivityNow() {
        double others = park.clusterIndex(segment) - (stage == Stage.OPERATING ? 1 : 0);
        double agglomeration = Math.pow(1 + Math.max(0, others), env.firms().agglomerationElasticity());
        return productivity * agglomeration * (1 + park.productivityBoost());
    }

    private void considerListing(CalendarMonth month, FirmParameters f) {
        if (stage != Stage.OPERATING || listedMonth != NEVER) return;
        int monthsOperating = env.clock().index() - stageMonth[Stage.OPERATING.ordinal()];
        if (monthsOperating < f.listingMinMonths() || output12m() < f.listingMinOutput()) return;
        double hazard = f.listingHazard() * park.policies().listingHazardMultiplier(month);
        if (env.operationsRandom().nextDouble() >= hazard) return;
        listedMonth = env.clock().index();
        cash += f.ipoCashShare() * investment;
        park.onListing();
        double grant = park.policies().listingGrant(month);
        if (grant > 0 && park.budget().canAfford(grant)) {
            cash += grant;
            pay(InstrumentKind.LISTING_SUPPORT, grant);
        }
    }

    // ---- stage changes and money ------------------------------------------------------------------

    private void moveTo(Stage next) {
        Stage from = stage == Stage.PROSPECT ? null : stage;
        stage = next;
        stageMonth[next.ordinal()] = env.clock().index();
        park.onStageChange(this, from, next);
    }

    /** Leaves the pipeline or the park: frees its floor and what is left of its incentive commitment. */
    private void end(Stage ending) {
        if (building != null) {
            if (stage.occupiesFloor()) building.vacate(floor);
            building.unreserve(floor);
        }
        park.budget().release(commitmentLeft);
        commitmentLeft = 0;
        moveTo(ending);
    }

    private void pay(InstrumentKind kind, double amount) {
        if (amount <= 0) return;
        double promised = Math.min(amount, commitmentLeft);
        commitmentLeft -= promised;
        park.budget().pay(kind, amount, promised);
        subsidiesReceived += amount;
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
    public double investment() { return investment; }
    public double floor() { return floor; }
    public double capacity() { return capacity; }
    public int employees() { return employees; }
    public double cash() { return cash; }
    public double subsidiesReceived() { return subsidiesReceived; }
    public Offer offer() { return offer; }
    public Building building() { return building; }
    public double outputThisMonth() { return outputThisMonth; }

    public double output12m() {
        double sum = 0;
        for (double v : outputHistory) sum += v;
        return sum;
    }

    /**
     * Output in a month before the start (negative index), estimated for an initial tenant from its
     * trial and ramp-up dates at the start's demand; the model did not simulate those months.
     */
    public double estimatedOutputBeforeStart(int monthIndex) {
        int trial = stageMonth[Stage.TRIAL.ordinal()];
        int operating = stageMonth[Stage.OPERATING.ordinal()];
        if (monthIndex >= 0 || trial == NEVER || monthIndex < trial) return 0;
        PipelineParameters p = env.pipeline();
        double activity = operating == NEVER || monthIndex < operating ? p.trialOutputShare()
                : Math.min(1.0, p.rampStart() + (1 - p.rampStart()) * (monthIndex - operating) / (double) p.rampMonths());
        return capacity / 12.0 * activity * productivity * env.market().segment(segment).initialUtilisation();
    }

    /** Month index at which the firm entered {@code s}, or {@link #NEVER}. */
    public int monthOf(Stage s) { return stageMonth[s.ordinal()]; }

    public int listedMonth() { return listedMonth; }
}
