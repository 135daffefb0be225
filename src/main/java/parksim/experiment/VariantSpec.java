package parksim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import parksim.core.Require;

/** A named policy package: values to set at scenario paths, e.g. {@code parks[yanji].policies.rentSubsidy.share}. */
public record VariantSpec(String name, String description, Map<String, JsonNode> set) {
    public VariantSpec {
        Require.id(name, "name");
        if (description == null) description = "";
        set = set == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(set));
    }
}
