package parksim.model;

import java.util.ArrayList;
import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Segment;
import parksim.model.Draws.Decision;
import parksim.policy.Offer;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * This month's prospects learn of parks and choose. Each prospect draws one number per park (does
 * it hear of the park?) and one for its choice from its own counter-based stream ({@link Draws}),
 * whatever the parks offer: so prospect i uses the same random numbers under every policy variant.
 */
final class LocationChoice implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Market market;
    private final List<Park> parks;
    private final ChoiceModel choice;
    private final Firms firms;
    private final FirmEnvironment env;

    LocationChoice(Market market, List<Park> parks, ChoiceModel choice, Firms firms, FirmEnvironment env) {
        this.market = market;
        this.parks = parks;
        this.choice = choice;
        this.firms = firms;
        this.env = env;
    }

    @Override
    public void step(SimState state) {
        CalendarMonth month = env.clock().month();
        int index = env.clock().index();
        List<Park> known = new ArrayList<>();
        List<Offer.Priced> offers = new ArrayList<>();
        long[] awarenessCounters = new long[parks.size()]; // each park's awareness draw, mixed once for the month's prospects
        for (int k = 0; k < awarenessCounters.length; k++) awarenessCounters[k] = Draws.counter(Decision.AWARENESS, index, k);
        for (int i = 0, n = market.arrivalCount(); i < n; i++) {
            long serial = market.arrivalSerial(i);
            Segment segment = market.arrivalSegment(i);
            // A saturated segment holds projects back: the draw is the prospect's own, so variants stay paired
            // (a uniform is below 1, so at full willingness it need not be drawn).
            double willingness = market.willingness(segment);
            if (willingness < 1 && env.draws().uniform(serial, Decision.INVEST, index) >= willingness) continue;
            known.clear();
            offers.clear();
            Prospect p = null; // described once a park hears of it
            for (int k = 0; k < parks.size(); k++) {
                Park park = parks.get(k);
                // A park out of the market or out of capacity for talks needs no draw: the draws are counter-based.
                if (!park.isInMarket(index) || !park.canNegotiate()) continue;
                if (env.draws().uniform(serial, awarenessCounters[k]) >= park.awareness(segment)) continue;
                if (p == null) p = market.prospect(i);
                if (!park.hasRoomFor(p.floor())) {
                    park.turnAwayForFloor();
                    continue;
                }
                known.add(park);
                offers.add(choice.quote(park, p, month, index));
            }
            if (known.isEmpty()) continue;
            double draw = env.draws().uniform(serial, Decision.CHOICE, index);
            int chosen = pick(choice.probabilities(p, known, offers), draw);
            if (chosen == known.size()) continue; // another region
            startTalks(p, known.get(chosen), offers.get(chosen), choice.alternativesUtility(p, known, offers, chosen));
        }
    }

    /** The chosen park reserves the offer's expected cost (the quote fits what it has left) and talks begin. */
    private void startTalks(Prospect p, Park park, Offer.Priced quote, double alternativesUtility) {
        if (!park.budget().canAfford(quote.expectedCost().withinHorizon())) { // a guard against rounding
            park.budget().markShort(env.clock().index());
            quote = quote.scaled(0);
        }
        firms.add(Firm.negotiating(p, park, quote.offer(), quote.promises(), alternativesUtility, env));
    }

    static int pick(double[] probabilities, double draw) {
        double cumulative = 0;
        for (int i = 0; i < probabilities.length - 1; i++) {
            cumulative += probabilities[i];
            if (draw < cumulative) return i;
        }
        return probabilities.length - 1;
    }
}
