package parksim.policy;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of policy instruments: the name a scenario's {@code policies} object gives each, the
 * record it is read into, and the column its spend is written to. Adding an instrument is one class
 * (a {@link FirmIncentive} or a {@link ParkProgramme}), one {@link #register} line, and its docs.
 * Firm incentives are offered, and programmes run and paid, in registration order.
 */
public final class Instruments {
    /**
     * @param id      the field name in {@code parks[].policies}
     * @param column  the spend column, {@code spend_<column>_cny}
     * @param builtIn built-in instruments always have their spend column; others only in scenarios that use them
     */
    public record Entry(String id, String column, Class<? extends Instrument> type, boolean builtIn, List<Lever> levers) {
        public Entry {
            levers = List.copyOf(levers);
        }

        /** Whether its money comes from the incentive budget (the equity fund invests its own capital). */
        public boolean paidFromBudget() { return type != EquityFund.class; }
    }

    private static final Map<String, Entry> REGISTRY = new LinkedHashMap<>();

    static {
        builtIn("rentSubsidy", "rent_subsidy", RentSubsidy.class,
                Lever.number("share", "Rent subsidy, share of rent (0–1)", 0, 1, "Share of a tenant's rent the park pays after it moves in."),
                Lever.whole("months", "Rent subsidy, months", 0, 120, "Months of tenancy the rent subsidy lasts."));
        builtIn("fitOutSubsidy", "fit_out_subsidy", FitOutSubsidy.class,
                Lever.number("perM2", "Fit-out grant (¥ per m²)", 0, 2000,
                        "One-off grant per m² of floor, ¥, paid when a tenant moves in (capped per firm)."));
        builtIn("taxRebate", "tax_rebate", TaxRebate.class,
                Lever.number("share", "Tax rebate, share of tax (0–1)", 0, 1, "Share of the tax a tenant pays that the park returns after it opens."),
                Lever.whole("months", "Tax rebate, months", 0, 120, "Months after opening the tax rebate lasts."));
        builtIn("talentSubsidy", "talent_subsidy", TalentSubsidy.class,
                Lever.number("perEmployeePerYear", "Talent subsidy (¥ per employee a year)", 0, 100000,
                        "Talent subsidy per employee, ¥ a year, after a tenant opens."));
        builtIn("equityFund", "equity_fund", EquityFund.class,
                Lever.number("share", "Equity stake, share of investment (0–1)", 0, 1,
                        "Stake the park's equity fund takes in a signing firm, as a share of its investment (capped per firm, while capital lasts)."));
        builtIn("targetedPromotion", "targeted_promotion", TargetedPromotion.class,
                Lever.number("awarenessBoost", "Promotion, added monthly chance to hear of the park (0–1)", 0, 1,
                        "Added chance that a prospect of a targeted segment hears of the park each month."));
        builtIn("events", "events", EventsProgramme.class,
                Lever.number("perYear", "Events a year", 0, 52, "Events and summits a year, each raising the park's visibility for a while."));
        builtIn("universityPartnership", "university_partnership", UniversityPartnership.class);
        builtIn("platforms", "public_platforms", PublicPlatforms.class,
                Lever.whole("count", "Public service platforms", 0, 200,
                        "Public service platforms open (shared labs, pilot lines): prospects value them and they shorten fit-out."));
        builtIn("listingSupport", "listing_support", ListingSupport.class,
                Lever.number("hazardMultiplier", "Listing support, × chance of listing", 1, 10,
                        "How much listing support multiplies a mature tenant's monthly chance of listing."));
    }

    private Instruments() {}

    private static void builtIn(String id, String column, Class<? extends Instrument> type, Lever... levers) {
        REGISTRY.put(id, new Entry(id, column, type, true, List.of(levers)));
    }

    /**
     * Registers a further instrument under the field name {@code id} (an extension: see docs/model.md),
     * with the levers the GUI's Model tab offers for it.
     */
    public static synchronized void register(String id, String column, Class<? extends Instrument> type, Lever... levers) {
        if (!FirmIncentive.class.isAssignableFrom(type) && !ParkProgramme.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type + " is neither a FirmIncentive nor a ParkProgramme");
        }
        Entry existing = REGISTRY.get(id);
        if (existing != null && existing.type() != type) throw new IllegalArgumentException("instrument " + id + " is registered already");
        REGISTRY.put(id, new Entry(id, column, type, false, List.of(levers)));
    }

    public static synchronized Entry get(String id) { return REGISTRY.get(id); }

    public static synchronized Collection<Entry> all() {
        return Collections.unmodifiableCollection(new java.util.ArrayList<>(REGISTRY.values()));
    }
}
