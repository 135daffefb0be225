package parksim.model;

import java.io.Serializable;
import parksim.core.Segment;

/**
 * A mobile investment project looking for a location this month.
 *
 * @param serial       arrival number: the same prospect has the same serial in every policy variant
 * @param investment   ¥
 * @param floor        m² it needs
 * @param capacity     annual output at full operation, ¥
 * @param productivity its own productivity factor (mean 1)
 */
public record Prospect(long serial, Segment segment, double investment, double floor, double capacity, int employees,
                       double productivity) implements Serializable {
    private static final long serialVersionUID = 1L;
}
