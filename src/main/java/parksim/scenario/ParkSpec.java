package parksim.scenario;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import parksim.core.CalendarMonth;
import parksim.core.FieldException;
import parksim.core.Require;
import parksim.core.Segment;
import parksim.policy.Policies;

/**
 * A park as a scenario describes it at the start.
 *
 * @param landArea          m² of land (figure Y1); with {@code plotRatio} it bounds the floor the park can have
 * @param plotRatio         floor area allowed per m² of land (optional; with {@code landArea}, the floor limit)
 * @param rentPerM2         list rent, ¥ per m² per month
 * @param visibility        chance a prospect hears of the park in the month it looks, before promotion
 * @param promotionCapacity new negotiations the investment-promotion team can open a month
 * @param talent            talent-pool index 0..1
 * @param marketAccess      market access index 0..1 (figure Y8: the three north-eastern provinces)
 * @param focus             segments the park focuses on
 * @param budget            incentive money available as a lump sum from the start and carried over, ¥
 *                          (added to the first year's appropriation; optional when appropriations are given)
 * @param appropriations    incentive money appropriated per calendar year ({@code {"2025": ¥, ...}}); years
 *                          before the start are not paid out
 * @param carryOver         whether what a year leaves unspent carries into the next (default true) or lapses
 * @param opens             first month the park takes part in the market (default: the start)
 * @param expansion         further phases the zone can build (optional: none)
 */
public record ParkSpec(
        String id,
        String name,
        Double lat,
        Double lon,
        Double landArea,
        Double plotRatio,
        List<BuildingSpec> buildings,
        Double rentPerM2,
        Double visibility,
        Integer promotionCapacity,
        Double talent,
        Double marketAccess,
        List<Segment> focus,
        Double budget,
        Map<Integer, Double> appropriations,
        Boolean carryOver,
        CalendarMonth opens,
        ExpansionSpec expansion,
        AdministrationSpec administration,
        Policies policies,
        List<TenantSpec> tenants) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ParkSpec {
        Require.id(id, "id");
        if (name == null) name = id;
        Require.between(lat, -90, 90, "lat");
        Require.between(lon, -180, 180, "lon");
        if (landArea != null) Require.positive(landArea, "landArea");
        if (plotRatio != null) Require.positive(plotRatio, "plotRatio");
        buildings = Require.nonEmpty(buildings, "buildings");
        double built = buildings.stream().mapToDouble(BuildingSpec::floorArea).sum();
        if (landArea != null && plotRatio != null && built > landArea * plotRatio + 1e-6) {
            throw new FieldException("plotRatio", "a plot ratio that allows the buildings' " + Math.round(built) + " m² on "
                    + Math.round(landArea) + " m² of land (at least " + String.format(java.util.Locale.ROOT, "%.2f", built / landArea) + ")",
                    plotRatio.toString());
        }
        if (expansion != null && (landArea == null || plotRatio == null)) {
            throw new FieldException("expansion", "landArea and plotRatio, which bound the floor a park can build", "expansion without them");
        }
        Require.atLeast(rentPerM2, 0, "rentPerM2");
        Require.share(visibility, "visibility");
        Require.count(promotionCapacity, 1, "promotionCapacity");
        Require.share(talent, "talent");
        Require.share(marketAccess, "marketAccess");
        focus = Require.list(focus, "focus");
        appropriations = appropriations == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(appropriations));
        if (budget == null && appropriations.isEmpty()) {
            throw new FieldException("budget", "a lump sum ¥ >= 0, or a list of yearly appropriations", "neither");
        }
        if (budget != null) Require.atLeast(budget, 0, "budget");
        checkYears(appropriations);
        if (carryOver == null) carryOver = true;
        if (administration == null) administration = AdministrationSpec.passive();
        if (policies == null) policies = Policies.none();
        tenants = Require.list(tenants, "tenants");
        checkBuildingsAndTenants(buildings, tenants);
    }

    private static void checkYears(Map<Integer, Double> appropriations) {
        for (Map.Entry<Integer, Double> e : appropriations.entrySet()) {
            if (e.getKey() < 1900 || e.getKey() > 2200) throw new FieldException("appropriations." + e.getKey(), "a calendar year", e.getKey().toString());
            Require.atLeast(e.getValue(), 0, "appropriations." + e.getKey());
        }
    }

    /** The incentive money of each calendar year: the appropriations, and the lump sum in {@code firstYear}. */
    public Map<Integer, Double> appropriationsByYear(int firstYear) {
        Map<Integer, Double> byYear = new HashMap<>();
        byYear.putAll(appropriations);
        if (budget != null) byYear.merge(firstYear, budget, Double::sum);
        return byYear;
    }

    private static void checkBuildingsAndTenants(List<BuildingSpec> buildings, List<TenantSpec> tenants) {
        Map<String, BuildingSpec> byId = new HashMap<>();
        for (int i = 0; i < buildings.size(); i++) {
            if (byId.put(buildings.get(i).id(), buildings.get(i)) != null) {
                throw new FieldException("buildings[" + i + "].id", "an id no other building of the park has", buildings.get(i).id());
            }
        }
        Map<String, Double> floorUsed = new HashMap<>();
        for (int i = 0; i < tenants.size(); i++) {
            TenantSpec t = tenants.get(i);
            BuildingSpec b = byId.get(t.building());
            if (b == null) {
                throw new FieldException("tenants[" + i + "].building", "one of the park's buildings " + byId.keySet().stream().sorted().toList(), t.building());
            }
            if (t.movedIn() != null && t.movedIn().isBefore(b.completes())) {
                throw new FieldException("tenants[" + i + "].movedIn",
                        "a month not before building " + b.id() + " completes (" + b.completes() + ")", t.movedIn().toString());
            }
            double used = floorUsed.merge(b.id(), t.floor(), Double::sum);
            if (used > b.floorArea() + 1e-6) {
                throw new FieldException("tenants[" + i + "].floor",
                        "tenant floor that fits building " + b.id() + " (" + Math.round(b.floorArea()) + " m²)",
                        Math.round(used) + " m² in all");
            }
        }
    }

    /** The most floor the park's land allows, m² (infinite without land area and plot ratio). */
    public double floorLimit() {
        return landArea == null || plotRatio == null ? Double.POSITIVE_INFINITY : landArea * plotRatio;
    }

    public double totalFloor() {
        return buildings.stream().mapToDouble(BuildingSpec::floorArea).sum();
    }
}
