package parksim.model;

import java.util.ArrayList;
import java.util.List;
import parksim.policy.FirmIncentive;
import parksim.policy.Offer;
import parksim.policy.Rationing;
import parksim.scenario.AdministrationSpec;
import parksim.scenario.FirmParameters;
import parksim.scenario.ParkSpec;
import parksim.scenario.SegmentMarket;
import parksim.scenario.TenantSpec;

/**
 * Brings a scenario's initial tenants into their park. Each gets the park's package as it stood
 * when it signed (the articles give no individual terms), less any equity stake (paid before the
 * start); the budget holds back only the terms still to run after the start, under the
 * administration's offer rule and within what the programmes and the share reserved for new
 * entrants leave.
 */
final class InitialTenants {
    private final Market market;
    private final FirmParameters firms;
    private final FirmEnvironment env;
    private long nextDrawKey = -1;

    InitialTenants(Market market, FirmParameters firms, FirmEnvironment env) {
        this.market = market;
        this.firms = firms;
        this.env = env;
    }

    /**
     * Adds {@code park}'s initial tenants to {@code all}, in file order. Their terms are rationed as
     * a group (one factor for all, after any per-firm cap), so file order does not decide who is paid.
     */
    void bring(Park park, Firms all) {
        ParkSpec spec = park.spec();
        AdministrationSpec admin = spec.administration();
        List<Draft> drafts = new ArrayList<>();
        double total = 0;
        for (TenantSpec t : spec.tenants()) {
            Draft d = draft(t, park, admin);
            drafts.add(d);
            total += d.cost();
        }
        double available = Math.max(0, park.budget().uncommitted() - admin.reserveForNewEntrants() * park.budget().total());
        double factor = Rationing.factor(admin.offerRule(), total, available, Double.POSITIVE_INFINITY);
        for (Draft d : drafts) {
            if (factor < 1 && d.offer().hasIncentive()) park.budget().markShort(0);
            Offer offer = d.offer().scaled(factor);
            park.budget().tryCommit(offer.budgetCost(d.outlook(), d.done()));
            InitialTerms terms = new InitialTerms(d.capacity(), d.employees(), offer, offer.promises(d.outlook(), d.done()));
            // Initial tenants draw their own productivity from the arrivals stream, before the first month.
            all.add(Firm.initialTenant(d.tenant(), terms, park, market.drawProductivity(), nextDrawKey--, env));
        }
    }

    /** A tenant's terms before rationing: the package at its signing, capped per firm, and their remaining cost. */
    private record Draft(TenantSpec tenant, double capacity, int employees, Offer offer, Offer.Outlook outlook,
                         Offer.Progress done, double cost) {}

    private Draft draft(TenantSpec t, Park park, AdministrationSpec admin) {
        SegmentMarket m = market.segment(t.segment());
        double realised = t.investment(); // known to the park: what it puts in
        double capacity = t.capacity() != null ? t.capacity() : realised * m.outputPerInvestment();
        int employees = t.employees() != null ? t.employees()
                : Math.max(1, (int) Math.round(t.floor() / 1000.0 * m.employeesPer1000M2()));
        Offer full = park.policies().offer(new FirmIncentive.Applicant(t.segment(), realised, t.floor(), 0), t.signed())
                .withoutFund();
        Offer.Outlook outlook = new Offer.Outlook(park.rentPerM2() * t.floor(),
                capacity / 12.0 * market.usualUtilisation(t.segment()), firms.taxRate(), employees,
                capacity >= firms.listingMinOutput());
        Offer.Progress done = progress(t, env.clock());
        double fullCost = full.budgetCost(outlook, done);
        Offer capped = full.scaled(Rationing.factor(admin.offerRule(), fullCost, Double.POSITIVE_INFINITY, admin.offerCapPerFirm()));
        return new Draft(t, capacity, employees, capped, outlook, done, capped.budgetCost(outlook, done));
    }

    /** How many months of its terms an initial tenant had used by the start. */
    private static Offer.Progress progress(TenantSpec t, Clock clock) {
        boolean movedIn = t.movedIn() != null && t.stage() != parksim.scenario.TenantStage.SIGNED;
        int tenancy = movedIn ? -clock.indexOf(t.movedIn()) : 0;
        boolean open = t.trialFrom() != null && (t.stage() == parksim.scenario.TenantStage.TRIAL
                || t.stage() == parksim.scenario.TenantStage.OPERATING);
        return new Offer.Progress(Math.max(0, tenancy), open ? Math.max(0, -clock.indexOf(t.trialFrom())) : 0, movedIn);
    }
}
