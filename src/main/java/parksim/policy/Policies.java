package parksim.policy;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parksim.core.CalendarMonth;

/**
 * A park's policy package: the instruments it offers, by their id, in the order of the
 * {@link InstrumentCatalog} it was read with. Holds the rules that combine them; the park's state (budget, fund capital,
 * event visibility) lives in the model.
 */
@JsonDeserialize(using = PoliciesReader.class)
public final class Policies implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Policies NONE = new Policies(InstrumentCatalog.builtIns(), Map.of());

    private final Map<String, Instrument> byId;
    private final Map<String, InstrumentKind> kinds;
    /** Derived once: asked for per prospect, park and month. */
    private final List<FirmIncentive> firmIncentives;
    private final Map<String, ParkProgramme> programmes;

    /** A package of {@code instruments} by their id in {@code catalog} (ids it does not hold are refused). */
    public Policies(InstrumentCatalog catalog, Map<String, ? extends Instrument> instruments) {
        Map<String, Instrument> ordered = new LinkedHashMap<>();
        Map<String, InstrumentKind> used = new LinkedHashMap<>();
        for (String id : instruments.keySet()) {
            InstrumentKind kind = catalog.get(id);
            if (kind == null) throw new IllegalArgumentException("unknown instrument " + id);
            if (!kind.type().isInstance(instruments.get(id))) throw new IllegalArgumentException("instrument " + id + " must be a " + kind.type().getSimpleName());
        }
        for (InstrumentKind k : catalog.all()) {
            Instrument i = instruments.get(k.id());
            if (i == null) continue;
            ordered.put(k.id(), i);
            used.put(k.id(), k);
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
        this.kinds = Collections.unmodifiableMap(used);
    }

    /** A package of instruments of the {@linkplain InstrumentCatalog#installed() installed catalog}. */
    public Policies(Map<String, ? extends Instrument> instruments) {
        this(InstrumentCatalog.installed(), instruments);
    }

    public static Policies none() { return NONE; }

    /** The instruments by name, as a scenario file writes them. */
    @JsonValue
    public Map<String, Instrument> instruments() { return byId; }

    public Instrument get(String id) { return byId.get(id); }

    /** The package's instrument of record {@code type} (each kind has its own), or null. */
    public <T extends Instrument> T get(Class<T> type) {
        for (Instrument i : byId.values()) if (type.isInstance(i)) return type.cast(i);
        return null;
    }

    /** The kinds of the instruments in the package, in catalog order. */
    public Collection<InstrumentKind> kinds() { return kinds.values(); }

    public List<FirmIncentive> firmIncentives() { return firmIncentives; }

    /** The park-level programmes with their ids, in catalog order. */
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
        ListingSupport l = (ListingSupport) byId.get(ListingSupport.KIND.id());
        return l != null && l.activeIn(month) ? l.hazardMultiplier() : 1.0;
    }

    @Override
    public boolean equals(Object o) { return o instanceof Policies p && p.byId.equals(byId); }

    @Override
    public int hashCode() { return byId.hashCode(); }

    @Override
    public String toString() { return "Policies" + byId; }
}
