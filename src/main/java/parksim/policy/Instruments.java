package parksim.policy;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
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
    public record Entry(String id, String column, Class<? extends Instrument> type, boolean builtIn) {
        /** Whether its money comes from the incentive budget (the equity fund invests its own capital). */
        public boolean paidFromBudget() { return type != EquityFund.class; }
    }

    private static final Map<String, Entry> REGISTRY = new LinkedHashMap<>();

    static {
        builtIn("rentSubsidy", "rent_subsidy", RentSubsidy.class);
        builtIn("fitOutSubsidy", "fit_out_subsidy", FitOutSubsidy.class);
        builtIn("taxRebate", "tax_rebate", TaxRebate.class);
        builtIn("talentSubsidy", "talent_subsidy", TalentSubsidy.class);
        builtIn("equityFund", "equity_fund", EquityFund.class);
        builtIn("targetedPromotion", "targeted_promotion", TargetedPromotion.class);
        builtIn("events", "events", EventsProgramme.class);
        builtIn("universityPartnership", "university_partnership", UniversityPartnership.class);
        builtIn("platforms", "public_platforms", PublicPlatforms.class);
        builtIn("listingSupport", "listing_support", ListingSupport.class);
    }

    private Instruments() {}

    private static void builtIn(String id, String column, Class<? extends Instrument> type) {
        REGISTRY.put(id, new Entry(id, column, type, true));
    }

    /** Registers a further instrument under the field name {@code id} (an extension: see docs/model.md). */
    public static synchronized void register(String id, String column, Class<? extends Instrument> type) {
        if (!FirmIncentive.class.isAssignableFrom(type) && !ParkProgramme.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type + " is neither a FirmIncentive nor a ParkProgramme");
        }
        Entry existing = REGISTRY.get(id);
        if (existing != null && existing.type() != type) throw new IllegalArgumentException("instrument " + id + " is registered already");
        REGISTRY.put(id, new Entry(id, column, type, false));
    }

    public static synchronized Entry get(String id) { return REGISTRY.get(id); }

    public static synchronized Collection<Entry> all() {
        return Collections.unmodifiableCollection(new java.util.ArrayList<>(REGISTRY.values()));
    }
}
