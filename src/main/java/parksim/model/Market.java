package parksim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Erf;
import parksim.core.Segment;
import parksim.scenario.FirmParameters;
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
 *
 * <p>Demand is shared ({@link #utilisation(Segment)}): the rest of the country keeps the capacity
 * that serves a segment's demand at the industry's usual utilisation, and the modelled parks' open
 * firms add theirs on top, so every firm a park adds lowers the utilisation of all firms of its
 * segment, in every park.
 */
public final class Market implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Map<Segment, SegmentMarket> segments;
    /** Months from the market's {@code asOf} month to the scenario's start. */
    private final int startOffset;
    private final double productivitySpread;
    private final double realisationShare;
    private final double saturationElasticity;
    private final Clock clock;
    private final MersenneTwisterFast random;
    private final Poisson poisson;
    private final List<Prospect> arrivals = new ArrayList<>();
    private final double[] utilisation = new double[Segment.COUNT];
    /** Per segment, the standard normal's probability below where the log-normal reaches investmentMax (fixed: computed once). */
    private final double[] belowCap = new double[Segment.COUNT];
    private List<Park> parks = List.of();
    private long serials;

    public Market(parksim.scenario.MarketSpec spec, FirmParameters firms, Clock clock, MersenneTwisterFast random) {
        this.segments = new EnumMap<>(spec.segments());
        this.startOffset = spec.asOf().monthsUntil(clock.start());
        this.productivitySpread = firms.productivitySpread();
        this.realisationShare = firms.realisationShare();
        this.saturationElasticity = spec.saturationElasticity();
        this.clock = clock;
        this.random = random;
        this.poisson = new Poisson(1.0, random);
        for (Map.Entry<Segment, SegmentMarket> e : segments.entrySet()) {
            utilisation[e.getKey().ordinal()] = e.getValue().initialUtilisation();
            belowCap[e.getKey().ordinal()] = normalCdf(capZ(e.getValue()));
        }
    }

    /** The parks whose open firms share the demand with the rest of the country. */
    void supplyFrom(List<Park> modelledParks) { this.parks = modelledParks; }

    @Override
    public void step(SimState state) {
        arrivals.clear();
        double years = yearsSinceAsOf(clock.index());
        for (Map.Entry<Segment, SegmentMarket> e : segments.entrySet()) {
            SegmentMarket m = e.getValue();
            utilisation[e.getKey().ordinal()] = sharedUtilisation(e.getKey(), m, years);
            double mean = m.arrivalsPerMonth() * Math.pow(1 + m.arrivalsGrowth(), years);
            int n = mean > 0 ? poisson.nextInt(mean) : 0;
            for (int i = 0; i < n; i++) arrivals.add(draw(e.getKey(), m));
        }
    }

    /**
     * Demand over the capacity that serves it: the rest of the country's (demand at the usual
     * utilisation) plus the parks' open firms' at the start of the month.
     */
    private double sharedUtilisation(Segment segment, SegmentMarket m, double years) {
        double demand = demand(m, years);
        double parksCapacity = 0;
        for (Park p : parks) parksCapacity += p.openCapacity(segment);
        return Math.min(1.0, demand / (demand / m.initialUtilisation() + parksCapacity));
    }

    private static double demand(SegmentMarket m, double years) {
        return m.demandPerYear() * Math.pow(1 + m.demandGrowth(), years);
    }

    private Prospect draw(Segment segment, SegmentMarket m) {
        double announced = m.investmentMedian() * Math.exp(m.investmentSpread() * truncatedNormal(belowCap[segment.ordinal()]));
        double investment = announced * realisationShare;
        double floor = investment / 1e6 * m.floorPerMillion();
        double capacity = investment * m.outputPerInvestment();
        int employees = Math.max(1, (int) Math.round(floor / 1000.0 * m.employeesPer1000M2()));
        return new Prospect(++serials, segment, announced, investment, floor, capacity, employees, drawProductivity());
    }

    private static double capZ(SegmentMarket m) {
        return m.investmentSpread() == 0 ? Double.POSITIVE_INFINITY : Math.log(m.investmentMax() / m.investmentMedian()) / m.investmentSpread();
    }

    /** A standard normal draw truncated where its CDF reaches {@code belowCap} (inverse CDF, one uniform). */
    private double truncatedNormal(double belowCap) {
        double p = random.nextDouble() * belowCap;
        return Math.sqrt(2) * Erf.erfInv(2 * Math.max(p, 1e-300) - 1);
    }

    private static double normalCdf(double z) {
        return z == Double.POSITIVE_INFINITY ? 1.0 : 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** A firm's own productivity factor: log-normal with mean 1. Initial tenants draw theirs here too, before the first month. */
    double drawProductivity() {
        double sd = productivitySpread;
        return Math.exp(sd * random.nextGaussian() - sd * sd / 2);
    }

    /** The prospects that arrived this month, in arrival order. */
    public List<Prospect> arrivals() { return Collections.unmodifiableList(arrivals); }

    public SegmentMarket segment(Segment segment) {
        SegmentMarket m = segments.get(segment);
        if (m == null) throw new IllegalArgumentException("the market does not describe segment " + segment.id());
        return m;
    }

    private double yearsSinceAsOf(int monthIndex) {
        return (startOffset + monthIndex) / 12.0;
    }

    /** Share of capacity the segment's shared demand supports this month. */
    public double utilisation(Segment segment) {
        return utilisation[segment.ordinal()];
    }

    /** The industry's usual utilisation of the segment: what it was before the simulation (initial tenants' estimated past). */
    public double usualUtilisation(Segment segment) {
        return segment(segment).initialUtilisation();
    }

    /** National demand for the segment's output this month, ¥ a year. */
    public double demandPerYear(Segment segment) {
        return demand(segment(segment), yearsSinceAsOf(clock.index()));
    }

    /**
     * The chance that a project of the segment still goes ahead this month: 1 at the industry's usual
     * utilisation, lower as the parks' added capacity saturates the segment.
     */
    public double willingness(Segment segment) {
        double ratio = utilisation(segment) / usualUtilisation(segment);
        return Math.min(1.0, Math.pow(ratio, saturationElasticity));
    }
}
