package parksim.scenario;

import java.io.Serializable;
import parksim.core.CalendarMonth;
import parksim.core.FieldException;
import parksim.core.Require;
import parksim.core.Segment;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The market all parks of a scenario draw on: one prospect flow per value-chain segment.
 *
 * @param asOf the calendar month the segments' flows and demand describe; they grow from it (and
 *             shrink before it) at their yearly rates, so every scenario that shares the market sees
 *             the same market in the same month, whenever it starts
 * @param saturationElasticity how strongly a project's willingness to invest falls as its segment's utilisation falls
 *             below the industry's usual level: it goes ahead with probability (utilisation / usual)^elasticity
 */
public record MarketSpec(CalendarMonth asOf, Map<Segment, SegmentMarket> segments, Double saturationElasticity) implements Serializable {
    private static final long serialVersionUID = 1L;

    public MarketSpec {
        Require.present(asOf, "asOf", "the month the market's figures describe, YYYY-MM");
        if (segments == null || segments.isEmpty()) {
            throw new FieldException("segments", "an object with at least one segment", segments == null ? null : "{}");
        }
        for (Map.Entry<Segment, SegmentMarket> e : segments.entrySet()) {
            Require.present(e.getValue(), "segments." + e.getKey().id(), "the segment's market figures");
        }
        segments = Collections.unmodifiableMap(new EnumMap<>(segments));
        Require.between(saturationElasticity, 0, 20, "saturationElasticity");
    }
}
