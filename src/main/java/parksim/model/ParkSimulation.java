package parksim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import parksim.core.CalendarMonth;
import parksim.scenario.ParkSpec;
import parksim.scenario.Scenario;
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
    private static final long serialVersionUID = 1L;

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
        Draws draws = RandomStreams.draws(seed);
        market = new Market(scenario.market(), scenario.model().firms(), clock,
                RandomStreams.stream(seed, RandomStreams.ARRIVALS), draws);
        Outlooks outlooks = new Outlooks(clock, market, scenario.model().pipeline(), scenario.model().firms(), scenario.months());
        choice = new ChoiceModel(scenario.model().choice(), outlooks);
        FirmEnvironment env = new FirmEnvironment(clock, market, scenario.model().pipeline(), scenario.model().firms(),
                choice, draws);
        firms = new Firms();
        InitialTenants initial = new InitialTenants(market, scenario.model().firms(), env, outlooks);
        for (ParkSpec spec : scenario.parks()) {
            Park park = new Park(spec, scenario.model(), clock);
            parks.add(park);
            Administration administration = new Administration(park, clock, scenario.months());
            initial.bring(park, firms);
            park.refreshCluster();
            administration.takeStock();
            administrations.add(administration);
        }
        market.supplyFrom(Collections.unmodifiableList(parks));
        LocationChoice location = new LocationChoice(market, Collections.unmodifiableList(parks), choice, firms, env);

        schedule.scheduleRepeating(Schedule.EPOCH, Order.CLOCK, clock, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, Order.MARKET, market, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, Order.PROGRAMMES, new Administrations(administrations, true), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, Order.CHOICE, location, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, Order.PIPELINE, firms.pipeline(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, Order.OPERATIONS, firms.operations(Collections.unmodifiableList(parks)), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, Order.ADMINISTRATION, new Administrations(administrations, false), 1.0);
    }

    /**
     * One of the administrations' two phases of the month, for every park: a named class rather than a
     * lambda, so that checkpoints survive a rebuild.
     */
    private static final class Administrations implements Steppable {
        private static final long serialVersionUID = 1L;
        private final List<Administration> administrations;
        private final boolean open;

        /** {@code open}: open the month and run the programmes; otherwise close the month and adapt. */
        Administrations(List<Administration> administrations, boolean open) {
            this.administrations = administrations;
            this.open = open;
        }

        @Override
        public void step(SimState state) {
            for (Administration a : administrations) {
                if (open) a.runProgrammes();
                else a.adapt();
            }
        }
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
