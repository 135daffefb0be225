package parksim.gui;

import parksim.core.CalendarMonth;
import parksim.model.Building;

/** A building of a single-park display: a block that fills as tenants move in. Floor in m². */
public final class BuildingView {
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
    public String getName() { return building.name() == null ? building.id() : building.name(); }
    public long getFloorAreaM2() { return Math.round(building.floorArea()); }
    public long getOccupiedM2() { return Math.round(building.occupied()); }
    public long getReservedM2() { return Math.round(building.reserved()); }
    public double getOccupiedShare() { return building.floorArea() > 0 ? building.occupied() / building.floorArea() : 0; }
    public String getCompletes() { return start.plus(building.completesAt()).toString(); }
    public boolean isComplete() { return complete; }
    public int getTenants() { return tenants; }

    @Override
    public String toString() { return getName(); }
}
