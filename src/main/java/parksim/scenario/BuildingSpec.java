package parksim.scenario;

import java.io.Serializable;
import parksim.core.CalendarMonth;
import parksim.core.Require;

/** A building of a park: its floor becomes lettable in the month it completes. */
public record BuildingSpec(String id, String name, Double floorArea, CalendarMonth completes) implements Serializable {
    private static final long serialVersionUID = 1L;

    public BuildingSpec {
        Require.id(id, "id");
        if (name == null) name = id;
        Require.positive(floorArea, "floorArea");
        Require.present(completes, "completes", "a date YYYY-MM");
    }
}
