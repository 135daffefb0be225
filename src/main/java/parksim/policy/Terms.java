package parksim.policy;

import java.util.Locale;

/** The terms the built-in firm-level instruments make. */
final class Terms {
    private Terms() {}

    static String millions(double cny) { return String.format(Locale.ROOT, "¥%.2fM", cny / 1e6); }

    static String fmt(String format, Object... args) { return String.format(Locale.ROOT, format, args); }

    /** The park pays {@code share} of the rent for the first {@code months} months after moving in. */
    record Rent(double share, int months) implements Term {
        private static final long serialVersionUID = 1L;

        @Override public String instrument() { return "rentSubsidy"; }
        @Override public double due(Occasion o, Tenancy t) {
            return o == Occasion.MONTH && t.tenancyMonths() < months ? share * t.monthlyRent() : 0;
        }
        @Override public ExpectedCost expectedCost(Offer.Outlook o) {
            double monthly = share * o.monthlyRent();
            return ExpectedCost.monthly(o.moveInIn(), o.moveInIn() + months, o.monthsLeft(), t -> monthly);
        }
        @Override public boolean over(Tenancy t) { return t.tenancyMonths() >= months; }
        @Override public Term scaled(double f) { return new Rent(share * f, months); }
        @Override public boolean isEmpty() { return share <= 0 || months <= 0; }
        @Override public double rentRelief(int evaluationMonths) { return share * Math.min(1.0, months / (double) evaluationMonths); }
        @Override public double valueCny(Offer.Outlook o, ExpectedCost expected, double equityWeight) { return 0; }
        @Override public String describe() { return String.format(Locale.ROOT, "rent %.0f%% for %d months", 100 * share, months); }
    }

    /** A one-off grant at move-in. */
    record FitOutGrant(double amount) implements Term {
        private static final long serialVersionUID = 1L;

        @Override public String instrument() { return "fitOutSubsidy"; }
        @Override public double due(Occasion o, Tenancy t) { return o == Occasion.MOVE_IN ? amount : 0; }
        @Override public ExpectedCost expectedCost(Offer.Outlook o) { return ExpectedCost.once(o.moveInIn(), o.monthsLeft(), amount); }
        @Override public boolean over(Tenancy t) { return t.tenancyMonths() > 0; }
        @Override public Term scaled(double f) { return new FitOutGrant(amount * f); }
        @Override public boolean isEmpty() { return amount <= 0; }
        @Override public String describe() { return "fit-out grant " + millions(amount); }
    }

    /** {@code share} of the tax returned for the first {@code months} months after opening. */
    record TaxRebate(double share, int months) implements Term {
        private static final long serialVersionUID = 1L;

        @Override public String instrument() { return "taxRebate"; }
        @Override public double due(Occasion o, Tenancy t) {
            return o == Occasion.MONTH && t.open() && t.monthsOpen() < months ? share * t.monthlyTax() : 0;
        }
        @Override public ExpectedCost expectedCost(Offer.Outlook o) {
            int openIn = o.openIn();
            return ExpectedCost.monthly(Math.max(o.moveInIn(), openIn), openIn + months, o.monthsLeft(),
                    t -> share * (o.taxRate() * o.outputByMonthOpen().applyAsDouble(t - openIn)));
        }
        @Override public boolean over(Tenancy t) { return t.monthsOpen() >= months; }
        @Override public Term scaled(double f) { return new TaxRebate(share * f, months); }
        @Override public boolean isEmpty() { return share <= 0 || months <= 0; }
        @Override public String describe() { return String.format(Locale.ROOT, "tax rebate %.0f%% for %d months", 100 * share, months); }
    }

    /** A yearly amount per employee for the first {@code months} months after opening. */
    record Talent(double perEmployeePerYear, int months) implements Term {
        private static final long serialVersionUID = 1L;

        @Override public String instrument() { return "talentSubsidy"; }
        @Override public double due(Occasion o, Tenancy t) {
            return o == Occasion.MONTH && t.open() && t.monthsOpen() < months ? perEmployeePerYear / 12.0 * t.employees() : 0;
        }
        @Override public ExpectedCost expectedCost(Offer.Outlook o) {
            double monthly = perEmployeePerYear / 12.0 * o.employees();
            return ExpectedCost.monthly(Math.max(o.moveInIn(), o.openIn()), o.openIn() + months, o.monthsLeft(), t -> monthly);
        }
        @Override public boolean over(Tenancy t) { return t.monthsOpen() >= months; }
        @Override public Term scaled(double f) { return new Talent(perEmployeePerYear * f, months); }
        @Override public boolean isEmpty() { return perEmployeePerYear <= 0 || months <= 0; }
        @Override public String describe() {
            return String.format(Locale.ROOT, "talent ¥%.0f per employee a year for %d months", perEmployeePerYear, months);
        }
    }

    /** The equity fund's stake at signing: financing from the fund's capital, not a budget cost. */
    record EquityStake(double stake) implements Term {
        private static final long serialVersionUID = 1L;

        @Override public String instrument() { return "equityFund"; }
        @Override public double due(Occasion o, Tenancy t) { return o == Occasion.SIGNING ? stake : 0; }
        @Override public ExpectedCost expectedCost(Offer.Outlook o) { return ExpectedCost.ZERO; }
        @Override public boolean over(Tenancy t) { return true; }
        @Override public Term scaled(double f) { return this; }
        @Override public boolean isEmpty() { return stake <= 0; }
        @Override public boolean fromFund() { return true; }
        @Override public double valueCny(Offer.Outlook o, ExpectedCost expected, double equityWeight) { return equityWeight * stake; }
        @Override public String describe() { return "equity stake " + millions(stake); }
    }

    /** A grant if the firm lists; promised only to a firm whose capacity reaches the listing threshold. */
    record ListingGrant(double grant) implements Term {
        private static final long serialVersionUID = 1L;

        @Override public String instrument() { return "listingSupport"; }
        @Override public double due(Occasion o, Tenancy t) { return o == Occasion.LISTING ? grant : 0; }
        /** Counted within the horizon: the listing date cannot be foreseen. */
        @Override public ExpectedCost expectedCost(Offer.Outlook o) { return new ExpectedCost(o.canList() ? grant : 0, 0); }
        @Override public boolean over(Tenancy t) { return false; }
        @Override public boolean heldApart() { return true; }
        @Override public Term scaled(double f) { return new ListingGrant(grant * f); }
        @Override public boolean isEmpty() { return grant <= 0; }
        @Override public String describe() { return "listing grant " + millions(grant); }
    }
}
