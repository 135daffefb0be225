package parksim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import parksim.core.CalendarMonth;
import parksim.policy.Offer;
import parksim.scenario.ParkSpec;
import parksim.scenario.Scenario;
import parksim.scenario.TenantSpec;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The simulation state: builds the market, parks, administrations and initial tenants from a
 * scenario and schedules the month's phases in their {@link Order}. It holds no rules itself.
 *
 * <p>All randomness comes from streams derived from {@link #seed()} (see {@link RandomStreams}),
 * re-derived at every {@link #start()}, so a restart with the same seed repeats the run exactly.
 */
public class ParkSimulation extends SimState {
    private final Scenario scenario;
    private Clock clock;
    private Market market;
    private final List<Park> parks = new ArrayList<>();
    private final List<Administration> administrations = new ArrayList<>();
    private Firms firms;
    private ChoiceModel choice;

    public ParkSimulation(Scenario scenario) {
        this(scenario, scenario.seed());
    }

    public ParkSimulation(Scenario scenario, long seed) {
        super(seed);
        this.scenario = scenario;
    }

    @Override
    public void start() {
        super.start();
        long seed = seed();
        parks.clear();
        administrations.clear();
        clock = new Clock(schedule, scenario.start());
        market = new Market(scenario.market().segments(), scenario.model().firms().productivitySpread(), clock,
                RandomStreams.stream(seed, RandomStreams.ARRIVALS));
        FirmEnvironment env = new FirmEnvironment(clock, market, scenario.model().pipeline(), scenario.model().firms(),
                RandomStreams.stream(seed, RandomStreams.PIPELINE), RandomStreams.stream(seed, RandomStreams.OPERATIONS));
        choice = new ChoiceModel(scenario.model().choice(), scenario.model().firms().taxRate(), market);
        firms = new Firms();
        for (ParkSpec spec : scenario.parks()) {
            Park park = new Park(spec, scenario.model(), clock);
            parks.add(park);
            for (TenantSpec t : spec.tenants()) firms.add(initialTenant(t, park, env));
            park.refreshCluster();
            administrations.add(new Administration(park, clock));
        }
        LocationChoice location = new LocationChoice(market, Collections.unmodifiableList(parks), choice, firms, env,
                RandomStreams.stream(seed, RandomStreams.CHOICE));

        schedule.scheduleRepeating(Schedule.EPOCH, Order.MARKET, market, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, Order.PROGRAMMES, (Steppable) s -> administrations.forEach(Administration::runProgrammes), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, Order.CHOICE, location, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, Order.PIPELINE, firms.pipeline(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, Order.OPERATIONS, firms.operations(Collections.unmodifiableList(parks)), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, Order.ADMINISTRATION, (Steppable) s -> administrations.forEach(Administration::adapt), 1.0);
    }

    /**
     * An initial tenant gets the park's package as it stood when the tenant signed (the articles do
     * not give individual terms), less any equity stake, which would have been paid before the start.
     */
    private Firm initialTenant(TenantSpec t, Park park, FirmEnvironment env) {
        Offer full = park.policies().offer(t.segment(), t.investment(), t.floor(), t.signed(), 0);
        double monthlyOutput = (t.capacity() != null ? t.capacity() : t.investment() * market.segment(t.segment()).outputPerInvestment()) / 12.0;
        double commitment = full.expectedCost(new Offer.Outlook(park.rentPerM2() * t.floor(), monthlyOutput,
                scenario.model().firms().taxRate(), 0));
        Offer offer = park.budget().tryCommit(commitment) ? full : Offer.NONE;
        return Firm.initialTenant(t, park, offer, offer == Offer.NONE ? 0 : commitment, market.drawProductivity(), env);
    }

    /** Advances one month; false once the scenario's horizon is reached. */
    public boolean stepMonth() {
        if (schedule.getSteps() >= scenario.months()) return false;
        schedule.step(this);
        return true;
    }

    /** Runs every remaining month of the horizon. */
    public void runToEnd() {
        while (stepMonth()) { }
    }

    public Scenario scenario() { return scenario; }
    public Clock clock() { return clock; }
    public Market market() { return market; }
    public List<Park> parks() { return Collections.unmodifiableList(parks); }
    public List<Administration> administrations() { return Collections.unmodifiableList(administrations); }
    public Firms firms() { return firms; }
    public ChoiceModel choiceModel() { return choice; }

    /** The month the last step simulated. */
    public CalendarMonth currentMonth() { return clock.month(); }

    /** Months simulated so far. */
    public int monthsDone() { return (int) schedule.getSteps(); }
}
