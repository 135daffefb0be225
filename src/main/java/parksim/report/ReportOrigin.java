package parksim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parksim.core.Version;
import parksim.results.ResultSet;
import parksim.scenario.StrictJson;

/**
 * What a comparison is of, for the report's heading: the experiment (or scenarios) it compares, with
 * its description; each variant's description and the levers it sets (from experiment.json); the
 * parksim version; when the results were made; and the command that made the report.
 *
 * @param resultsDate the latest "updated"/"started" date of the inputs (the report itself carries no
 *                    clock time, so that the same inputs give the same bytes)
 */
public record ReportOrigin(String title, String description, String version, String resultsDate, String command,
                           Map<String, String> variantDescriptions, Map<String, List<String>> levers) {

    public static ReportOrigin of(ResultSet results, String command) {
        List<String> names = new ArrayList<>();
        String description = "";
        String date = "";
        Map<String, String> descriptions = new LinkedHashMap<>();
        Map<String, List<String>> levers = new LinkedHashMap<>();
        for (ResultSet.Variant v : results.variants()) {
            JsonNode d = read(v.files().description());
            if (d == null) continue;
            boolean experiment = d.has("spec");
            String name = experiment ? d.path("spec").path("name").asText("") : d.path("scenario").path("name").asText("");
            if (!name.isEmpty() && !names.contains(name)) names.add(name);
            if (description.isEmpty()) description = experiment ? d.path("spec").path("description").asText("") : "";
            String when = d.path(experiment ? "updated" : "started").asText("");
            if (when.length() >= 10 && when.substring(0, 10).compareTo(date) > 0) date = when.substring(0, 10);
            JsonNode spec = experiment ? variantSpec(d, v.data().key()) : null;
            descriptions.put(v.name(), spec == null ? d.path("scenario").path("description").asText("") : spec.path("description").asText(""));
            levers.put(v.name(), spec == null ? List.of() : Levers.of(spec.path("set")));
        }
        return new ReportOrigin(String.join(", ", names), description, Version.get(), date, command, descriptions, levers);
    }

    public String descriptionOf(String variant) { return variantDescriptions.getOrDefault(variant, ""); }

    public List<String> leversOf(String variant) { return levers.getOrDefault(variant, List.of()); }

    private static JsonNode variantSpec(JsonNode experiment, String key) {
        for (JsonNode n : experiment.path("spec").path("variants")) if (n.path("name").asText().equals(key)) return n;
        for (JsonNode n : experiment.path("variants")) if (n.path("name").asText().equals(key)) return n;
        return null;
    }

    private static JsonNode read(Path file) {
        if (file == null) return null;
        try {
            return StrictJson.mapper().readTree(file.toFile());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
