package parksim.scenario;

import java.io.Serializable;
import parksim.core.FieldException;
import parksim.core.Require;
import parksim.core.Segment;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The market all parks of a scenario draw on: one prospect flow per value-chain segment. */
public record Market(Map<Segment, SegmentMarket> segments) implements Serializable {
    public Market {
        if (segments == null || segments.isEmpty()) {
            throw new FieldException("segments", "an object with at least one segment", segments == null ? null : "{}");
        }
        for (Map.Entry<Segment, SegmentMarket> e : segments.entrySet()) {
            Require.present(e.getValue(), "segments." + e.getKey().id(), "the segment's market figures");
        }
        segments = Collections.unmodifiableMap(new EnumMap<>(segments));
    }
}
