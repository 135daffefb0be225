package parksim.model;

import java.io.Serializable;
import java.util.List;
import parksim.core.CalendarMonth;
import parksim.policy.FirmIncentive;
import parksim.policy.Offer;
import parksim.policy.Rationing;
import parksim.scenario.AdministrationSpec;
import parksim.scenario.ChoiceParameters;

/**
 * The prospects' location choice: a multinomial logit over the parks a prospect knows and an
 * outside option ("another region"). Utilities and probabilities are pure arithmetic over the parks'
 * current state, so they can be asked for without changing anything; {@link #quote} is not: a
 * package the budget cannot hold marks the budget short for the month.
 */
public final class ChoiceModel implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ChoiceParameters c;
    private final Outlooks outlooks;

    ChoiceModel(ChoiceParameters c, Outlooks outlooks) {
        this.c = c;
        this.outlooks = outlooks;
    }

    /** What the prospect expects of a tenancy at {@code park}, for valuing incentives and reserving their cost. */
    public Offer.Outlook outlook(Park park, Prospect p) {
        return outlooks.ofProspect(park, p);
    }

    /**
     * The terms the park would offer this prospect now: its policy package, cut by the
     * administration's offer rule to what its budget has left for new offers (and to its per-firm
     * cap). Rationing applies to new offers only; signed agreements are paid as they fall due.
     * The quote is priced along the prospect's expected tenancy there, once, for its choice and the promise.
     * Cutting a package that offers an incentive marks the budget short in {@code monthIndex}
     * ({@code budget_out_month}, the GUI's "first ran short").
     */
    public Offer.Priced quote(Park park, Prospect p, CalendarMonth month, int monthIndex) {
        Offer full = park.policies().offer(new FirmIncentive.Applicant(p.segment(), p.investment(), p.floor(), park.fundCapitalLeft()), month);
        Offer.Outlook outlook = outlook(park, p);
        Offer.Priced priced = full.priced(outlook);
        AdministrationSpec admin = park.spec().administration();
        double factor = Rationing.factor(admin.offerRule(), priced.expectedCost().withinHorizon(),
                park.budget().uncommitted(), admin.offerCapPerFirm());
        if (factor < 1 && full.hasIncentive()) park.budget().markShort(monthIndex);
        return priced.scaled(factor);
    }

    /** The prospect's utility of {@code offer} at {@code park} as the park is now. */
    public double utility(Park park, Prospect p, Offer offer) {
        return utility(park, p, offer.priced(outlook(park, p)));
    }

    public double utility(Park park, Prospect p, Offer.Priced quote) {
        double rentRelief = quote.offer().rentRelief(c.evaluationMonths());
        double netRent = park.rentPerM2() * (1 - rentRelief);
        double incentives = quote.nonRentValue(c.equityWeight()) / p.investment();
        return c.rentPerM2() * netRent
                + c.incentiveShare() * incentives
                + c.agglomeration() * Math.log(1 + park.clusterIndex(p.segment()))
                + c.talent() * (park.spec().talent() + park.programmes().talentBoost())
                + (park.programmes().universityActive() ? c.university() : 0)
                + c.platforms() * Math.log(1 + park.programmes().platformCount())
                + c.marketAccess() * park.spec().marketAccess()
                + (park.focusesOn(p.segment()) ? c.focus() : 0);
    }

    /** The log-sum of the utilities of the outside option and of the known parks other than {@code chosen}. */
    public double alternativesUtility(Prospect p, List<Park> parks, List<Offer.Priced> offers, int chosen) {
        double max = c.outsideUtility();
        double[] u = new double[parks.size()];
        for (int i = 0; i < parks.size(); i++) {
            if (i == chosen) continue;
            u[i] = utility(parks.get(i), p, offers.get(i));
            max = Math.max(max, u[i]);
        }
        double sum = Math.exp(c.outsideUtility() - max);
        for (int i = 0; i < parks.size(); i++) if (i != chosen) sum += Math.exp(u[i] - max);
        return max + Math.log(sum);
    }

    /**
     * Choice probabilities over {@code parks} (in order) with the outside option last.
     * {@code offers.get(i)} are the terms of {@code parks.get(i)}.
     */
    public double[] probabilities(Prospect p, List<Park> parks, List<Offer.Priced> offers) {
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
