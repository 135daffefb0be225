package parksim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Erf;
import parksim.core.Segment;
import parksim.model.Draws.Decision;
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
 * <p>Each month it draws a Poisson number of prospects per segment, in a fixed segment order, from
 * the arrivals stream alone; a prospect's size and productivity are drawn only when a park hears of
 * it ({@link #prospect(int)}), from counter-based draws keyed by its arrival number ({@link Draws}).
 * So the prospects of a run depend only on the seed and the market, never on the parks' policies,
 * and describing one prospect changes no other.
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
    private final Draws draws;
    private final Poisson poisson;
    /** This month's arrivals: their segments in arrival order; their serials follow {@link #serialsBefore}. */
    private Segment[] arrivalSegments = new Segment[64];
    private int arrivalCount;
    private long serialsBefore;
    private int arrivalMonth;
    private final double[] utilisation = new double[Segment.COUNT];
    /** Per segment, {@link #willingness} at this month's utilisation (asked for by every arrival). */
    private final double[] willingness = new double[Segment.COUNT];
    /** Per segment, the standard normal's probability below where the log-normal reaches investmentMax (fixed: computed once). */
    private final double[] belowCap = new double[Segment.COUNT];
    private List<Park> parks = List.of();

    /**
     * @param random the arrivals stream (how many prospects arrive; initial tenants' productivity)
     * @param draws  the run's counter-based draws (each prospect's size and productivity)
     */
    public Market(parksim.scenario.MarketSpec spec, FirmParameters firms, Clock clock, MersenneTwisterFast random, Draws draws) {
        this.segments = new EnumMap<>(spec.segments());
        this.startOffset = spec.asOf().monthsUntil(clock.start());
        this.productivitySpread = firms.productivitySpread();
        this.realisationShare = firms.realisationShare();
        this.saturationElasticity = spec.saturationElasticity();
        this.clock = clock;
        this.random = random;
        this.draws = draws;
        this.poisson = new Poisson(1.0, random);
        for (Map.Entry<Segment, SegmentMarket> e : segments.entrySet()) {
            utilisation[e.getKey().ordinal()] = e.getValue().initialUtilisation();
            willingness[e.getKey().ordinal()] = 1.0;
            belowCap[e.getKey().ordinal()] = normalCdf(capZ(e.getValue()));
        }
    }

    /** The parks whose open firms share the demand with the rest of the country. */
    void supplyFrom(List<Park> modelledParks) { this.parks = modelledParks; }

    @Override
    public void step(SimState state) {
        serialsBefore += arrivalCount;
        arrivalCount = 0;
        arrivalMonth = clock.index();
        double years = yearsSinceAsOf(arrivalMonth);
        for (Map.Entry<Segment, SegmentMarket> e : segments.entrySet()) {
            SegmentMarket m = e.getValue();
            int s = e.getKey().ordinal();
            utilisation[s] = sharedUtilisation(e.getKey(), m, years);
            willingness[s] = Math.min(1.0, Math.pow(utilisation[s] / m.initialUtilisation(), saturationElasticity));
            double mean = m.arrivalsPerMonth() * Math.pow(1 + m.arrivalsGrowth(), years);
            int n = mean > 0 ? poisson.nextInt(mean) : 0;
            for (int i = 0; i < n; i++) arrive(e.getKey());
        }
    }

    private void arrive(Segment segment) {
        if (arrivalCount == arrivalSegments.length) arrivalSegments = java.util.Arrays.copyOf(arrivalSegments, 2 * arrivalCount);
        arrivalSegments[arrivalCount++] = segment;
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

    /** How many prospects arrived this month. */
    public int arrivalCount() { return arrivalCount; }

    /** The segment of this month's {@code i}-th prospect. */
    public Segment arrivalSegment(int i) { return arrivalSegments[i]; }

    /** The arrival number of this month's {@code i}-th prospect: the same in every policy variant. */
    public long arrivalSerial(int i) { return serialsBefore + i + 1; }

    /**
     * This month's {@code i}-th prospect, with its size and productivity: drawn from its own
     * counter-based draws, so asking for it (or not) changes no other prospect.
     */
    public Prospect prospect(int i) {
        long serial = arrivalSerial(i);
        Segment segment = arrivalSegments[i];
        SegmentMarket m = segments.get(segment);
        double size = truncatedNormal(draws.uniform(serial, Decision.SIZE, arrivalMonth), belowCap[segment.ordinal()]);
        double announced = m.investmentMedian() * Math.exp(m.investmentSpread() * size);
        double investment = announced * realisationShare;
        double floor = investment / 1e6 * m.floorPerMillion();
        double capacity = investment * m.outputPerInvestment();
        int employees = Math.max(1, (int) Math.round(floor / 1000.0 * m.employeesPer1000M2()));
        double sd = productivitySpread;
        double productivity = Math.exp(sd * truncatedNormal(draws.uniform(serial, Decision.PRODUCTIVITY, arrivalMonth), 1.0) - sd * sd / 2);
        return new Prospect(serial, segment, announced, investment, floor, capacity, employees, productivity);
    }

    private static double capZ(SegmentMarket m) {
        return m.investmentSpread() == 0 ? Double.POSITIVE_INFINITY : Math.log(m.investmentMax() / m.investmentMedian()) / m.investmentSpread();
    }

    /** A standard normal draw truncated where its CDF reaches {@code belowCap}, by the inverse CDF of {@code uniform}. */
    private static double truncatedNormal(double uniform, double belowCap) {
        double p = uniform * belowCap;
        return Math.sqrt(2) * Erf.erfInv(2 * Math.max(p, 1e-300) - 1);
    }

    private static double normalCdf(double z) {
        return z == Double.POSITIVE_INFINITY ? 1.0 : 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** An initial tenant's own productivity factor, log-normal with mean 1, from the arrivals stream before the first month. */
    double drawProductivity() {
        double sd = productivitySpread;
        return Math.exp(sd * random.nextGaussian() - sd * sd / 2);
    }

    /** Every prospect that arrived this month, in arrival order, each described (for tests and inspectors). */
    public List<Prospect> arrivals() {
        List<Prospect> all = new ArrayList<>(arrivalCount);
        for (int i = 0; i < arrivalCount; i++) all.add(prospect(i));
        return all;
    }

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
        return willingness[segment.ordinal()];
    }
}
