package parksim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import parksim.core.Segment;
import parksim.scenario.SegmentMarket;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.distribution.Poisson;

/**
 * The national flow of mobile projects and the demand for each segment's output, on the calendar:
 * both grow at their yearly rates from the month the market's figures describe ({@code asOf}), so
 * a scenario starting in 2016 and one starting in 2023 see the same market in 2023.
 *
 * <p>Each month it draws a Poisson number of prospects per segment, in a fixed segment order and
 * with a fixed number of draws per prospect, from the arrivals stream alone: so the prospects of a
 * run depend only on the seed and the market, never on the parks' policies.
 */
public final class Market implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Map<Segment, SegmentMarket> segments;
    /** Months from the market's {@code asOf} month to the scenario's start. */
    private final int startOffset;
    private final double productivitySpread;
    private final Clock clock;
    private final MersenneTwisterFast random;
    private final Poisson poisson;
    private final List<Prospect> arrivals = new ArrayList<>();
    private long serials;

    public Market(parksim.scenario.Market spec, double productivitySpread, Clock clock, MersenneTwisterFast random) {
        this.segments = new EnumMap<>(spec.segments());
        this.startOffset = spec.asOf().monthsUntil(clock.start());
        this.productivitySpread = productivitySpread;
        this.clock = clock;
        this.random = random;
        this.poisson = new Poisson(1.0, random);
    }

    @Override
    public void step(SimState state) {
        arrivals.clear();
        double years = yearsSinceAsOf(clock.index());
        for (Map.Entry<Segment, SegmentMarket> e : segments.entrySet()) {
            SegmentMarket m = e.getValue();
            double mean = m.arrivalsPerMonth() * Math.pow(1 + m.arrivalsGrowth(), years);
            int n = mean > 0 ? poisson.nextInt(mean) : 0;
            for (int i = 0; i < n; i++) arrivals.add(draw(e.getKey(), m));
        }
    }

    private Prospect draw(Segment segment, SegmentMarket m) {
        double investment = m.investmentMedian() * Math.exp(m.investmentSpread() * random.nextGaussian());
        double floor = investment / 1e6 * m.floorPerMillion();
        double capacity = investment * m.outputPerInvestment();
        int employees = Math.max(1, (int) Math.round(floor / 1000.0 * m.employeesPer1000M2()));
        return new Prospect(++serials, segment, investment, floor, capacity, employees, drawProductivity());
    }

    /** A firm's own productivity factor: log-normal with mean 1. Initial tenants draw theirs here too, before the first month. */
    double drawProductivity() {
        double sd = productivitySpread;
        return Math.exp(sd * random.nextGaussian() - sd * sd / 2);
    }

    /** The prospects that arrived this month, in arrival order. */
    public List<Prospect> arrivals() { return Collections.unmodifiableList(arrivals); }

    public boolean describes(Segment segment) { return segments.containsKey(segment); }

    public SegmentMarket segment(Segment segment) {
        SegmentMarket m = segments.get(segment);
        if (m == null) throw new IllegalArgumentException("the market does not describe segment " + segment.id());
        return m;
    }

    private double yearsSinceAsOf(int monthIndex) {
        return (startOffset + monthIndex) / 12.0;
    }

    /** Share of capacity the segment's demand supports this month. */
    public double utilisation(Segment segment) {
        return utilisation(segment, clock.index());
    }

    /** Share of capacity the segment's demand supports in month {@code monthIndex} (negative: before the start). */
    public double utilisation(Segment segment, int monthIndex) {
        SegmentMarket m = segment(segment);
        return Math.min(1.0, m.initialUtilisation() * Math.pow(1 + m.demandGrowth(), yearsSinceAsOf(monthIndex)));
    }
}
