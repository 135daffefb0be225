package parksim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import parksim.core.CalendarMonth;
import parksim.policy.Offer;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * This month's prospects learn of parks and choose. Each prospect draws one number per park
 * (does it hear of the park?) and one for its choice, whatever the parks offer: so prospect i
 * uses the same random numbers under every policy variant.
 */
final class LocationChoice implements Steppable {
    private final Market market;
    private final List<Park> parks;
    private final ChoiceModel choice;
    private final Firms firms;
    private final FirmEnvironment env;
    private final MersenneTwisterFast random;

    LocationChoice(Market market, List<Park> parks, ChoiceModel choice, Firms firms, FirmEnvironment env,
                   MersenneTwisterFast random) {
        this.market = market;
        this.parks = parks;
        this.choice = choice;
        this.firms = firms;
        this.env = env;
        this.random = random;
    }

    @Override
    public void step(SimState state) {
        CalendarMonth month = env.clock().month();
        int index = env.clock().index();
        List<Park> known = new ArrayList<>();
        List<Offer> offers = new ArrayList<>();
        for (Prospect p : market.arrivals()) {
            known.clear();
            offers.clear();
            for (Park park : parks) {
                boolean hears = random.nextDouble() < park.awareness(p.segment());
                if (hears && park.isInMarket(index) && park.canNegotiate() && park.hasRoomFor(p.floor())) {
                    known.add(park);
                    offers.add(choice.quote(park, p, month));
                }
            }
            double draw = random.nextDouble();
            if (known.isEmpty()) continue;
            int chosen = pick(choice.probabilities(p, known, offers), draw);
            if (chosen == known.size()) continue; // another region
            Park park = known.get(chosen);
            Offer offer = offers.get(chosen);
            double commitment = offer.expectedCost(choice.outlook(park, p));
            if (!park.budget().tryCommit(commitment)) {
                offer = Offer.NONE;
                commitment = 0;
            }
            firms.add(Firm.negotiating(p, park, offer, commitment, env));
        }
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
