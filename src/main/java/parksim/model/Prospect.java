package parksim.model;

import java.io.Serializable;
import parksim.core.Segment;

/**
 * A mobile investment project looking for a location this month.
 *
 * @param serial       arrival number: the same prospect has the same serial in every policy variant
 * @param announced    the investment it announces, ¥: what a park counts as "investment attracted" (A1, C2)
 * @param investment   the part of it the project will actually put in, ¥ (its realised investment): its floor,
 *                     capacity and jobs follow from this
 * @param floor        m² it needs
 * @param capacity     annual output at full operation, ¥
 * @param productivity its own productivity factor (mean 1)
 */
public record Prospect(long serial, Segment segment, double announced, double investment, double floor, double capacity,
                       int employees, double productivity) implements Serializable {
    private static final long serialVersionUID = 1L;
}
