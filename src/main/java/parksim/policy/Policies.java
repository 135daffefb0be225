package parksim.policy;

import java.io.Serializable;
import parksim.core.CalendarMonth;
import parksim.core.Segment;

/**
 * A park's policy package: each of the ten instruments, or null where the park does not offer it.
 * Holds the rules that combine them; the park's state (budget, fund capital, event visibility)
 * lives in the model.
 */
public record Policies(
        RentSubsidy rentSubsidy,
        FitOutSubsidy fitOutSubsidy,
        TaxRebate taxRebate,
        TalentSubsidy talentSubsidy,
        EquityFund equityFund,
        TargetedPromotion targetedPromotion,
        EventsProgramme events,
        UniversityPartnership universityPartnership,
        PublicPlatforms platforms,
        ListingSupport listingSupport) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static Policies none() {
        return new Policies(null, null, null, null, null, null, null, null, null, null);
    }

    /** The terms a firm of {@code segment} is offered in {@code month}, given what is left of the equity fund. */
    public Offer offer(Segment segment, double investment, double floorM2, CalendarMonth month, double fundCapitalLeft) {
        boolean rent = offered(rentSubsidy, segment, month);
        boolean fitOut = offered(fitOutSubsidy, segment, month);
        boolean tax = offered(taxRebate, segment, month);
        boolean talent = offered(talentSubsidy, segment, month);
        boolean equity = offered(equityFund, segment, month);
        boolean listing = active(listingSupport, month);
        return new Offer(
                rent ? rentSubsidy.share() : 0, rent ? rentSubsidy.months() : 0,
                fitOut ? fitOutSubsidy.grantFor(floorM2) : 0,
                tax ? taxRebate.share() : 0, tax ? taxRebate.months() : 0,
                talent ? talentSubsidy.perEmployeePerYear() : 0, talent ? talentSubsidy.months() : 0,
                equity ? equityFund.stakeFor(investment, fundCapitalLeft) : 0,
                listing ? listingSupport.grant() : 0);
    }

    private static boolean offered(Instrument instrument, Segment segment, CalendarMonth month) {
        return instrument != null && instrument.offeredTo(segment, month);
    }

    private static boolean active(Instrument instrument, CalendarMonth month) {
        return instrument != null && instrument.activeIn(month);
    }

    public boolean universityActive(CalendarMonth month) { return active(universityPartnership, month); }

    public int platformCount(CalendarMonth month) {
        return active(platforms, month) ? platforms.count() : 0;
    }

    public double listingHazardMultiplier(CalendarMonth month) {
        return active(listingSupport, month) ? listingSupport.hazardMultiplier() : 1.0;
    }

    public boolean promotionActive(CalendarMonth month) { return active(targetedPromotion, month); }

    public double promotionCost(CalendarMonth month) {
        return promotionActive(month) ? targetedPromotion.costPerMonth() : 0;
    }

    public boolean eventsActive(CalendarMonth month) { return active(events, month); }

    public double universityCost(CalendarMonth month) {
        return universityActive(month) ? universityPartnership.costPerYear() / 12.0 : 0;
    }

    public double platformsCost(CalendarMonth month) {
        return active(platforms, month) ? platforms.count() * platforms.costPerPlatformPerYear() / 12.0 : 0;
    }
}
