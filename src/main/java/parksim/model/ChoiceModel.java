package parksim.model;

import java.io.Serializable;
import java.util.List;
import parksim.policy.Offer;
import parksim.scenario.ChoiceParameters;

/**
 * The prospects' location choice: a multinomial logit over the parks a prospect knows and an
 * outside option ("another region"). Pure arithmetic over the parks' current state, so it can be
 * asked for probabilities without changing anything.
 */
public final class ChoiceModel implements Serializable {
    private final ChoiceParameters c;
    private final double taxRate;
    private final Market market;

    public ChoiceModel(ChoiceParameters c, double taxRate, Market market) {
        this.c = c;
        this.taxRate = taxRate;
        this.market = market;
    }

    /** What the prospect expects of a tenancy at {@code park}, for valuing incentives. */
    public Offer.Outlook outlook(Park park, Prospect p) {
        return new Offer.Outlook(park.rentPerM2() * p.floor(), p.capacity() / 12.0 * market.utilisation(p.segment()),
                taxRate, p.employees());
    }

    /**
     * The terms the park would offer this prospect now: its policy package, or nothing if the
     * budget cannot hold back the package's expected cost (a spent budget stops new commitments).
     */
    public Offer quote(Park park, Prospect p, parksim.core.CalendarMonth month) {
        Offer offer = park.policies().offer(p.segment(), p.investment(), p.floor(), month, park.fundCapitalLeft());
        if (offer.equals(Offer.NONE)) return offer;
        return park.budget().canAfford(offer.expectedCost(outlook(park, p))) ? offer : Offer.NONE;
    }

    public double utility(Park park, Prospect p, Offer offer) {
        double rentRelief = offer.rentShare() * Math.min(1.0, offer.rentMonths() / (double) c.evaluationMonths());
        double netRent = park.rentPerM2() * (1 - rentRelief);
        double incentives = offer.nonRentValue(outlook(park, p), c.equityWeight()) / p.investment();
        return c.rentPerM2() * netRent
                + c.incentiveShare() * incentives
                + c.agglomeration() * Math.log(1 + park.clusterIndex(p.segment()))
                + c.talent() * (park.spec().talent() + park.talentBoost())
                + (park.universityActive() ? c.university() : 0)
                + c.platforms() * Math.log(1 + park.platformCount())
                + c.marketAccess() * park.spec().marketAccess()
                + (park.focusesOn(p.segment()) ? c.focus() : 0);
    }

    /**
     * Choice probabilities over {@code parks} (in order) with the outside option last.
     * {@code offers.get(i)} are the terms of {@code parks.get(i)}.
     */
    public double[] probabilities(Prospect p, List<Park> parks, List<Offer> offers) {
        int n = parks.size();
        double[] u = new double[n + 1];
        double max = c.outsideUtility();
        for (int i = 0; i < n; i++) {
            u[i] = utility(parks.get(i), p, offers.get(i));
            max = Math.max(max, u[i]);
        }
        u[n] = c.outsideUtility();
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            u[i] = Math.exp(u[i] - max);
            sum += u[i];
        }
        for (int i = 0; i <= n; i++) u[i] /= sum;
        return u;
    }
}
