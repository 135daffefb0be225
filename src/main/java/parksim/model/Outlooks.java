package parksim.model;

import java.io.Serializable;
import parksim.core.Segment;
import parksim.policy.Offer;
import parksim.scenario.FirmParameters;
import parksim.scenario.PipelineParameters;

/**
 * The tenancy a park expects of a firm it makes an offer to, from the current month: when it moves
 * in and opens (the pipeline's mean durations), and its output in each month open along
 * {@link Firm#expectedOutputCny}. Offers are valued and their cost reserved on it.
 *
 * <p>The mean durations stand for random ones (talks end with chance 1/negotiationMonths a month,
 * so they last negotiationMonths on average), and utilisation is today's; so the promise matches
 * what is paid on average over firms, not firm by firm.
 */
final class Outlooks implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Clock clock;
    private final Market market;
    private final PipelineParameters pipeline;
    private final FirmParameters firms;
    private final int horizonMonths;

    Outlooks(Clock clock, Market market, PipelineParameters pipeline, FirmParameters firms, int horizonMonths) {
        this.clock = clock;
        this.market = market;
        this.pipeline = pipeline;
        this.firms = firms;
        this.horizonMonths = horizonMonths;
    }

    /** A prospect's tenancy if it starts talks with {@code park} now. */
    Offer.Outlook ofProspect(Park park, Prospect p) {
        int now = clock.index();
        int signs = Math.max(1, (int) Math.round(pipeline.negotiationMonths()));
        int moveIn = signs + pipeline.moveInLagMonths();
        Building b = park.buildingFor(p.floor(), now);
        if (b != null) moveIn = Math.max(moveIn, b.completesAt() - now);
        int open = moveIn + park.programmes().fitOutMonths(pipeline.fitOutMonths());
        return outlook(park, p.segment(), p.floor(), p.capacity(), p.employees(), p.productivity(), moveIn, open,
                pipeline.trialMonths());
    }

    /**
     * An initial tenant's tenancy from the start: moved in and opened when its dates say (offsets of 0
     * or less), or, for one not yet there, as a new firm would after signing.
     */
    Offer.Outlook ofTenant(Park park, Segment segment, double floor, double capacity, int employees, double productivity,
                           Integer movedIn, Integer trialFrom, int trialMonths) {
        int moveIn = movedIn != null ? movedIn : pipeline.moveInLagMonths();
        int open = trialFrom != null ? trialFrom : moveIn + park.programmes().fitOutMonths(pipeline.fitOutMonths());
        return outlook(park, segment, floor, capacity, employees, productivity, moveIn, open, trialMonths);
    }

    private Offer.Outlook outlook(Park park, Segment segment, double floor, double capacity, int employees,
                                  double productivity, int moveIn, int open, int trialMonths) {
        double utilisation = market.utilisation(segment) * productivity;
        return new Offer.Outlook(park.rentPerM2() * floor, firms.taxRate(), employees, capacity >= firms.listingMinOutput(),
                moveIn, open, k -> Firm.expectedOutputCny(k, trialMonths, capacity, utilisation, pipeline),
                horizonMonths - clock.index());
    }
}
