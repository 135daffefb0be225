package parksim.model;

import java.io.Serializable;
import java.util.List;
import parksim.core.CalendarMonth;
import parksim.scenario.BuildingSpec;
import parksim.scenario.ExpansionSpec;

/**
 * The zone's construction of further phases of a park, paid from a construction budget of its own
 * (apart from the incentive money): a phase is started when the floor taken reaches the threshold
 * share of the floor built or under construction, no other phase is under way, the land's plot
 * ratio leaves room and the construction budget covers it; it completes after the lead time.
 */
final class Construction implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ExpansionSpec spec;
    private final double floorLimit;
    private double spent;
    private int phases;
    private int busyUntil = Integer.MIN_VALUE;

    Construction(ExpansionSpec spec, double floorLimit) {
        this.spec = spec;
        this.floorLimit = floorLimit;
    }

    /** The phase to start this month, or null. */
    Building next(List<Building> buildings, int monthIndex, CalendarMonth month) {
        if (!spec.build() || monthIndex < busyUntil) return null;
        double total = 0, taken = 0;
        for (Building b : buildings) {
            total += b.floorArea();
            taken += b.reserved();
        }
        if (total <= 0 || taken / total < spec.occupancyThreshold()) return null;
        double area = Math.min(spec.phaseFloorArea(), floorLimit - total);
        double cost = area * spec.costPerM2();
        if (area < 1 || spent + cost > spec.constructionBudget() + 1e-6) return null;
        spent += cost;
        phases++;
        busyUntil = monthIndex + spec.leadMonths();
        String id = "phase-" + (phases + 1);
        BuildingSpec b = new BuildingSpec(id, "Phase " + (phases + 1), area, month.plus(spec.leadMonths()));
        return new Building(b, busyUntil);
    }

    double spent() { return spent; }
    double budget() { return spec.constructionBudget(); }
    int phases() { return phases; }
}
