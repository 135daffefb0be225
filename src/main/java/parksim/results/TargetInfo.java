package parksim.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import parksim.scenario.StrictJson;

/**
 * What a target says, as the resolved scenario in {@code run.json} (or a sweep's {@code experiment.json})
 * describes it; only the summary's {@code target_<id>_met} columns are needed to count how often it is met.
 */
public record TargetInfo(String id, String figure, String description, String park, String metric,
                         String comparison, double value, String when) {

    /** The targets described next to a result file, by id; empty if there is no description file. */
    public static Map<String, TargetInfo> read(Path description) {
        Map<String, TargetInfo> targets = new LinkedHashMap<>();
        if (description == null) return targets;
        JsonNode root = StrictJson.readTree(description);
        JsonNode list = root.path("scenario").path("targets");
        if (!list.isArray()) list = root.path("targets");
        for (JsonNode t : list) {
            String id = t.path("id").asText("");
            if (id.isEmpty()) continue;
            String when = t.hasNonNull("date") ? t.get("date").asText()
                    : t.hasNonNull("year") ? t.get("year").asText()
                    : t.hasNonNull("from") ? t.path("from").asText() + " to " + t.path("to").asText() : "";
            targets.put(id, new TargetInfo(id, t.path("figure").asText(""), t.path("description").asText(id),
                    t.path("park").asText(""), t.path("metric").asText(""), t.path("comparison").asText(""),
                    t.path("value").asDouble(Double.NaN), when));
        }
        return targets;
    }

    /** A target known only from its summary columns. */
    public static TargetInfo bare(String id) {
        return new TargetInfo(id, "", id, "", "", "", Double.NaN, "");
    }
}
