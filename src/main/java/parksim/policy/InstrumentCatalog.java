package parksim.policy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The instruments a scenario may name, in the order firm incentives are offered and programmes run
 * and paid: the built-ins, then those {@link InstrumentProvider}s on the class path add (by id).
 * Immutable; built-ins always have their spend column, others only in scenarios that use them.
 */
public final class InstrumentCatalog implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final InstrumentCatalog BUILT_INS = new InstrumentCatalog(List.of(RentSubsidy.KIND, FitOutSubsidy.KIND,
            TaxRebate.KIND, TalentSubsidy.KIND, EquityFund.KIND, TargetedPromotion.KIND, EventsProgramme.KIND,
            UniversityPartnership.KIND, PublicPlatforms.KIND, ListingSupport.KIND), Set.of());

    private final Map<String, InstrumentKind> kinds;
    private final Set<String> added;

    private InstrumentCatalog(List<InstrumentKind> all, Set<String> added) {
        Map<String, InstrumentKind> byId = new LinkedHashMap<>();
        Map<Class<?>, String> types = new LinkedHashMap<>();
        for (InstrumentKind k : all) {
            if (byId.putIfAbsent(k.id(), k) != null) throw new IllegalArgumentException("instrument " + k.id() + " is declared twice");
            String other = types.putIfAbsent(k.type(), k.id());
            if (other != null) throw new IllegalArgumentException("instruments " + other + " and " + k.id() + " share the record " + k.type().getName());
        }
        this.kinds = java.util.Collections.unmodifiableMap(byId);
        this.added = Set.copyOf(added);
    }

    /** The ten built-in instruments. */
    public static InstrumentCatalog builtIns() { return BUILT_INS; }

    /** The built-ins and every instrument a provider on the class path declares: found once, when first asked for. */
    public static InstrumentCatalog installed() { return Installed.CATALOG; }

    /** Holds the installed catalog: the class path does not change while the program runs. */
    private static final class Installed {
        static final InstrumentCatalog CATALOG = BUILT_INS.with(discover());

        private static List<InstrumentKind> discover() {
            List<InstrumentKind> found = new ArrayList<>();
            for (InstrumentProvider p : ServiceLoader.load(InstrumentProvider.class, InstrumentCatalog.class.getClassLoader())) found.add(p.kind());
            found.sort(Comparator.comparing(InstrumentKind::id));
            return found;
        }
    }

    /** This catalog with {@code more} instruments after its own (an id or record already here is refused). */
    public InstrumentCatalog with(Collection<InstrumentKind> more) {
        List<InstrumentKind> all = new ArrayList<>(kinds.values());
        all.addAll(more);
        java.util.Set<String> extra = new java.util.HashSet<>(added);
        more.forEach(k -> extra.add(k.id()));
        return new InstrumentCatalog(all, extra);
    }

    /** The kind named {@code id}, or null. */
    public InstrumentKind get(String id) { return kinds.get(id); }

    /** Every kind, built-ins first. */
    public Collection<InstrumentKind> all() { return kinds.values(); }

    public List<String> ids() { return List.copyOf(kinds.keySet()); }

    /** Whether {@code id} is a built-in instrument (which always has its spend column). */
    public boolean isBuiltIn(String id) { return kinds.containsKey(id) && !added.contains(id); }

    @Override
    public String toString() { return "InstrumentCatalog" + kinds.keySet(); }
}
