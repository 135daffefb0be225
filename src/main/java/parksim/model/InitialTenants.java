package parksim.model;

import parksim.policy.FirmIncentive;
import parksim.policy.Offer;
import parksim.policy.Rationing;
import parksim.scenario.AdministrationSpec;
import parksim.scenario.FirmParameters;
import parksim.scenario.SegmentMarket;
import parksim.scenario.TenantSpec;
import parksim.scenario.TenantStage;

/**
 * Brings a scenario's initial tenants into their park. Each gets the park's package as it stood
 * when it signed (the articles give no individual terms), less any equity stake (paid before the
 * start), within the administration's per-firm cap. A signed agreement is a contract: the terms
 * still to run after the start are booked in full, whatever the budget has left (a shortfall
 * becomes arrears when a payment falls due, never a cut).
 */
final class InitialTenants {
    private final Market market;
    private final FirmParameters firms;
    private final FirmEnvironment env;
    private final Outlooks outlooks;
    private long nextDrawKey = -1;

    InitialTenants(Market market, FirmParameters firms, FirmEnvironment env, Outlooks outlooks) {
        this.market = market;
        this.firms = firms;
        this.env = env;
        this.outlooks = outlooks;
    }

    /** Adds {@code park}'s initial tenants to {@code all}, in file order. */
    void bring(Park park, Firms all) {
        for (TenantSpec t : park.spec().tenants()) {
            // Initial tenants draw their own productivity from the arrivals stream, before the first month.
            double productivity = market.drawProductivity();
            all.add(Firm.initialTenant(t, terms(t, park, productivity), park, productivity, nextDrawKey--, env));
        }
    }

    private InitialTerms terms(TenantSpec t, Park park, double productivity) {
        AdministrationSpec admin = park.spec().administration();
        SegmentMarket m = market.segment(t.segment());
        double realised = t.investment(); // known to the park: what it puts in
        double capacity = t.capacity() != null ? t.capacity() : realised * m.outputPerInvestment();
        int employees = t.employees() != null ? t.employees()
                : Math.max(1, (int) Math.round(t.floor() / 1000.0 * m.employeesPer1000M2()));
        Offer full = park.policies().offer(new FirmIncentive.Applicant(t.segment(), realised, t.floor(), 0), t.signed())
                .withoutFund();
        Offer.Priced priced = full.priced(outlook(t, park, capacity, employees, productivity));
        Offer.Priced capped = priced.scaled(Rationing.factor(admin.offerRule(), priced.expectedCost().withinHorizon(),
                Double.POSITIVE_INFINITY, admin.offerCapPerFirm()));
        return new InitialTerms(capacity, employees, capped.offer(), capped.promises());
    }

    /** The tenancy expected from the start, its dates before the start counted as done. */
    private Offer.Outlook outlook(TenantSpec t, Park park, double capacity, int employees, double productivity) {
        Clock clock = env.clock();
        boolean movedIn = t.movedIn() != null && t.stage() != TenantStage.SIGNED;
        boolean open = t.trialFrom() != null && (t.stage() == TenantStage.TRIAL || t.stage() == TenantStage.OPERATING);
        int trialMonths = t.trialFrom() != null && t.operatingFrom() != null
                ? t.trialFrom().monthsUntil(t.operatingFrom()) : env.pipeline().trialMonths();
        return outlooks.ofTenant(park, t.segment(), t.floor(), capacity, employees, productivity,
                movedIn ? clock.indexOf(t.movedIn()) : null, open ? clock.indexOf(t.trialFrom()) : null, trialMonths);
    }
}
