package parksim.gui;

import parksim.core.CalendarMonth;
import parksim.model.Building;

/** A building of a single-park display: a block that fills as tenants move in. Floor in m², each property named with its unit. */
public final class BuildingView {
    /** The order the inspector lists the properties in (getter names without get/is). */
    static final java.util.List<String> ORDER = java.util.List.of(
            "Name", "Id", "Complete", "Completes", "Tenants", "OccupiedPercent", "FloorAreaM2", "OccupiedM2", "ReservedM2");

    private final Building building;
    private final CalendarMonth start;
    /** Block size in field units, set by the layout. */
    final double width;
    final double height;
    /** Whether the building is complete in the month shown, and how many tenants it holds. */
    boolean complete;
    int tenants;

    BuildingView(Building building, CalendarMonth start, double width, double height) {
        this.building = building;
        this.start = start;
        this.width = width;
        this.height = height;
    }

    Building building() { return building; }

    public String getId() { return building.id(); }
    public String nameId() { return "Id"; }
    public String getName() { return building.name() == null ? building.id() : building.name(); }
    public String nameName() { return "Name"; }
    public long getFloorAreaM2() { return Math.round(building.floorArea()); }
    public String nameFloorAreaM2() { return "Floor area (m²)"; }
    public long getOccupiedM2() { return Math.round(building.occupied()); }
    public String nameOccupiedM2() { return "Floor occupied (m²)"; }
    public long getReservedM2() { return Math.round(building.reserved()); }
    public String nameReservedM2() { return "Floor reserved by signed firms (m²)"; }
    public double getOccupiedPercent() { return ParkView.percent(occupiedShare()); }
    public String nameOccupiedPercent() { return "Occupied (% of floor area)"; }

    double occupiedShare() { return building.floorArea() > 0 ? building.occupied() / building.floorArea() : 0; }
    public String getCompletes() { return start.plus(building.completesAt()).toString(); }
    public String nameCompletes() { return "Completes"; }
    public boolean isComplete() { return complete; }
    public String nameComplete() { return "Complete"; }
    public int getTenants() { return tenants; }
    public String nameTenants() { return "Tenants"; }

    @Override
    public String toString() { return getName(); }
}
