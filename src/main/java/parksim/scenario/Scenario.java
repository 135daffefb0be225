package parksim.scenario;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parksim.core.CalendarMonth;
import parksim.core.FieldException;
import parksim.core.Require;

/**
 * Everything one simulation needs: when it starts, how long it runs, the market, the parks with
 * their buildings, tenants and policies, the model's parameters, and the figures it is checked against.
 *
 * @param sources figure id (Y5, A1, ...) → the article and wording it comes from
 */
public record Scenario(
        String name,
        String description,
        CalendarMonth start,
        Integer months,
        Long seed,
        Map<String, Source> sources,
        MarketSpec market,
        List<ParkSpec> parks,
        ModelParameters model,
        List<TargetSpec> targets) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Scenario {
        Require.id(name, "name");
        if (description == null) description = "";
        Require.present(start, "start", "the first month, YYYY-MM");
        Require.count(months, 1, "months");
        Require.seed(seed, 1, "seed");
        sources = sources == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        Require.present(market, "market", "the market's segments");
        parks = Require.nonEmpty(parks, "parks");
        Require.present(model, "model", "the model parameters");
        targets = Require.list(targets, "targets");
        checkReferences(start, sources, market, parks, targets);
    }

    private static void checkReferences(CalendarMonth start, Map<String, Source> sources, MarketSpec market, List<ParkSpec> parks,
                                        List<TargetSpec> targets) {
        Map<String, ParkSpec> parkIds = new HashMap<>();
        Set<String> firmIds = new HashSet<>();
        for (int p = 0; p < parks.size(); p++) {
            ParkSpec park = parks.get(p);
            if (parkIds.put(park.id(), park) != null) {
                throw new FieldException("parks[" + p + "].id", "an id no other park has", park.id());
            }
            for (int t = 0; t < park.tenants().size(); t++) {
                TenantSpec tenant = park.tenants().get(t);
                String path = "parks[" + p + "].tenants[" + t + "]";
                if (!firmIds.add(tenant.id())) throw new FieldException(path + ".id", "an id no other tenant has", tenant.id());
                if (!market.segments().containsKey(tenant.segment())) {
                    throw new FieldException(path + ".segment", "a segment the market describes " + market.segments().keySet().stream().map(parksim.core.Segment::id).toList(), tenant.segment().id());
                }
                CalendarMonth latest = latestDate(tenant);
                if (latest.isAfter(start)) {
                    throw new FieldException(path, "tenant dates no later than the start " + start, latest.toString());
                }
            }
        }
        Set<String> targetIds = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetSpec target = targets.get(i);
            String path = "targets[" + i + "]";
            if (!targetIds.add(target.id())) throw new FieldException(path + ".id", "an id no other target has", target.id());
            ParkSpec park = parkIds.get(target.park());
            if (park == null) {
                throw new FieldException(path + ".park", "one of the parks " + parkIds.keySet().stream().sorted().toList(), target.park());
            }
            if (target.firm() != null && park.tenants().stream().noneMatch(t -> t.id().equals(target.firm()))) {
                throw new FieldException(path + ".firm", "an initial tenant of park " + park.id(), target.firm());
            }
            if (target.figure() != null && !sources.containsKey(target.figure())) {
                throw new FieldException(path + ".figure", "a figure id listed in sources " + sources.keySet(), target.figure());
            }
            if (target.firm() == null && target.firstMonth().isBefore(start)) {
                throw new FieldException(path, "a target no earlier than the start " + start, target.firstMonth().toString());
            }
        }
    }

    private static CalendarMonth latestDate(TenantSpec t) {
        CalendarMonth latest = t.signed();
        for (CalendarMonth m : new CalendarMonth[] {t.movedIn(), t.trialFrom(), t.operatingFrom(), t.listed()}) {
            if (m != null && m.isAfter(latest)) latest = m;
        }
        return latest;
    }

    /** The last simulated month. */
    public CalendarMonth end() {
        return start.plus(months - 1);
    }

    public ParkSpec park(String id) {
        return parks.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** The same scenario checked against other targets. */
    public Scenario withTargets(List<TargetSpec> newTargets) {
        return new Scenario(name, description, start, months, seed, sources, market, parks, model, newTargets);
    }

    /** The same scenario with another horizon, seed or name (command-line overrides). */
    public Scenario with(Integer newMonths, Long newSeed) {
        return new Scenario(name, description, start, newMonths == null ? months : newMonths,
                newSeed == null ? seed : newSeed, sources, market, parks, model, targets);
    }
}
