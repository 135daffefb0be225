package parksim.model;

import java.io.Serializable;
import parksim.scenario.BuildingSpec;

/**
 * A building of a park. Floor is <em>reserved</em> by a signed firm and <em>occupied</em> once it
 * moves in; it is lettable only from the month the building completes.
 */
public final class Building implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final String name;
    private final double floorArea;
    private final int completesAt;
    private double reserved;
    private double occupied;

    Building(BuildingSpec spec, int completesAt) {
        this.id = spec.id();
        this.name = spec.name();
        this.floorArea = spec.floorArea();
        this.completesAt = completesAt;
    }

    public String id() { return id; }
    public String name() { return name; }
    public double floorArea() { return floorArea; }
    /** Month index in which the building completes (negative if before the start). */
    public int completesAt() { return completesAt; }
    public double reserved() { return reserved; }
    public double occupied() { return occupied; }

    public boolean isComplete(int monthIndex) { return monthIndex >= completesAt; }

    public double unreserved() { return floorArea - reserved; }

    void reserve(double m2) { reserved += m2; }

    void unreserve(double m2) { reserved = Math.max(0, reserved - m2); }

    void occupy(double m2) { occupied += m2; }

    void vacate(double m2) { occupied = Math.max(0, occupied - m2); }
}
