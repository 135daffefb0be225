package parksim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import parksim.core.FieldException;
import parksim.core.Require;

/**
 * A grid over scenario paths: each factor is a list of values or a range {@code {"from", "to", "step"}};
 * every combination becomes a variant, applied to the base scenario or to the named variant {@code base}.
 */
public record GridSpec(String name, String description, String base, Map<String, JsonNode> factors) {
    public GridSpec {
        Require.id(name, "name");
        if (description == null) description = "";
        if (factors == null || factors.isEmpty()) throw new FieldException("factors", "at least one factor (a scenario path and its values)", factors == null ? null : "{}");
        factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
    }
}
