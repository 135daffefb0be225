package parksim.policy;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parksim.core.CalendarMonth;

/**
 * A park's policy package: the instruments it offers, by their registry name ({@link Instruments}),
 * in registration order. Holds the rules that combine them; the park's state (budget, fund capital,
 * event visibility) lives in the model.
 */
@JsonDeserialize(using = PoliciesReader.class)
public final class Policies implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Policies NONE = new Policies(Map.of());

    private final Map<String, Instrument> byId;
    /** Derived once: asked for per prospect, park and month. */
    private final List<FirmIncentive> firmIncentives;
    private final Map<String, ParkProgramme> programmes;

    /** A package of {@code instruments} by registry name (names not registered are refused). */
    public Policies(Map<String, ? extends Instrument> instruments) {
        Map<String, Instrument> ordered = new LinkedHashMap<>();
        for (Instruments.Entry e : Instruments.all()) {
            Instrument i = instruments.get(e.id());
            if (i != null) ordered.put(e.id(), i);
        }
        for (String id : instruments.keySet()) {
            if (Instruments.get(id) == null) throw new IllegalArgumentException("unknown instrument " + id);
        }
        this.byId = Collections.unmodifiableMap(ordered);
        List<FirmIncentive> incentives = new ArrayList<>();
        Map<String, ParkProgramme> parkProgrammes = new LinkedHashMap<>();
        for (Map.Entry<String, Instrument> e : byId.entrySet()) {
            if (e.getValue() instanceof FirmIncentive f) incentives.add(f);
            if (e.getValue() instanceof ParkProgramme p) parkProgrammes.put(e.getKey(), p);
        }
        this.firmIncentives = List.copyOf(incentives);
        this.programmes = Collections.unmodifiableMap(parkProgrammes);
    }

    public static Policies none() { return NONE; }

    /** The instruments by name, as a scenario file writes them. */
    @JsonValue
    public Map<String, Instrument> instruments() { return byId; }

    public Instrument get(String id) { return byId.get(id); }

    public List<FirmIncentive> firmIncentives() { return firmIncentives; }

    /** The park-level programmes with their registry names, in registration order. */
    public Map<String, ParkProgramme> programmes() { return programmes; }

    /** The terms a prospect is offered in {@code month}, given what is left of the equity fund. */
    public Offer offer(FirmIncentive.Applicant applicant, CalendarMonth month) {
        List<Term> terms = new ArrayList<>(firmIncentives.size());
        for (FirmIncentive f : firmIncentives) {
            Term t = f.termFor(applicant, month);
            if (t != null && !t.isEmpty()) terms.add(t);
        }
        return new Offer(terms);
    }

    /** How much more likely a mature tenant is to list this month under the park's listing support. */
    public double listingHazardMultiplier(CalendarMonth month) {
        ListingSupport l = listingSupport();
        return l != null && l.activeIn(month) ? l.hazardMultiplier() : 1.0;
    }

    // Typed access for the few places that need one instrument's own parameters.
    public RentSubsidy rentSubsidy() { return (RentSubsidy) byId.get("rentSubsidy"); }
    public FitOutSubsidy fitOutSubsidy() { return (FitOutSubsidy) byId.get("fitOutSubsidy"); }
    public TaxRebate taxRebate() { return (TaxRebate) byId.get("taxRebate"); }
    public TalentSubsidy talentSubsidy() { return (TalentSubsidy) byId.get("talentSubsidy"); }
    public EquityFund equityFund() { return (EquityFund) byId.get("equityFund"); }
    public TargetedPromotion targetedPromotion() { return (TargetedPromotion) byId.get("targetedPromotion"); }
    public EventsProgramme events() { return (EventsProgramme) byId.get("events"); }
    public UniversityPartnership universityPartnership() { return (UniversityPartnership) byId.get("universityPartnership"); }
    public PublicPlatforms platforms() { return (PublicPlatforms) byId.get("platforms"); }
    public ListingSupport listingSupport() { return (ListingSupport) byId.get("listingSupport"); }

    @Override
    public boolean equals(Object o) { return o instanceof Policies p && p.byId.equals(byId); }

    @Override
    public int hashCode() { return byId.hashCode(); }

    @Override
    public String toString() { return "Policies" + byId; }
}
