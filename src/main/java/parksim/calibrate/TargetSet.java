package parksim.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parksim.core.FieldException;
import parksim.core.InputException;
import parksim.experiment.ScenarioReference;
import parksim.scenario.LoadedScenario;
import parksim.scenario.ProvenanceReader;
import parksim.scenario.Scenario;
import parksim.scenario.StrictJson;
import parksim.scenario.TargetSpec;

/**
 * A targets file: the figures of the articles that hindcasts must reproduce, each with the scenario
 * (a file relative to the targets file) that reproduces it, a metric of a park at a date or over a
 * range, the observed value and a tolerance. Every target must name a figure id its scenario lists.
 */
public record TargetSet(Path file, String description, Map<String, LoadedScenario> scenarios, List<TargetCase> cases) {

    public static TargetSet load(Path file) {
        String name = file.toString();
        JsonNode root = ProvenanceReader.read(StrictJson.readTree(file), name).plain();
        if (!root.isObject()) throw new InputException(name, "", "a JSON object {\"targets\": [...]}", root.getNodeType().toString().toLowerCase());
        Set<String> known = Set.of("description", "targets");
        root.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) throw new InputException(name, f, "one of the fields description, targets", "unknown field \"" + f + "\"");
        });
        JsonNode list = root.get("targets");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new InputException(name, "targets", "a non-empty list of targets", list == null ? "nothing" : list.toString());
        }
        Map<String, LoadedScenario> scenarios = new LinkedHashMap<>();
        Map<Path, LoadedScenario> byFile = new LinkedHashMap<>();
        List<TargetCase> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "targets[" + i + "]";
            if (!list.get(i).isObject()) throw new InputException(name, at, "an object", list.get(i).toString());
            ObjectNode entry = ((ObjectNode) list.get(i)).deepCopy();
            JsonNode scenarioField = entry.remove("scenario");
            if (scenarioField == null || !scenarioField.isTextual()) {
                throw new InputException(name, at + ".scenario", "the scenario file that reproduces the figure, in quotes", scenarioField == null ? "nothing" : scenarioField.toString());
            }
            TargetSpec target;
            try {
                target = StrictJson.bind(entry, TargetSpec.class, name);
            } catch (InputException e) {
                throw e.under(at);
            }
            if (!ids.add(target.id())) throw new InputException(name, at + ".id", "an id no other target has", "\"" + target.id() + "\"");
            if (target.figure() == null) throw new InputException(name, at + ".figure", "the figure id the target checks (e.g. Y5)", "nothing");
            Path scenarioPath = file.toAbsolutePath().getParent().resolve(scenarioField.asText()).normalize();
            String field = at + ".scenario";
            LoadedScenario loaded = byFile.computeIfAbsent(scenarioPath, p -> ScenarioReference.load(file, field, scenarioField.asText()));
            Scenario s = loaded.scenario();
            LoadedScenario other = scenarios.putIfAbsent(s.name(), loaded);
            if (other != null && other != loaded) throw new InputException(name, at + ".scenario", "one file per scenario name", "two files named " + s.name());
            try {
                s.withTargets(List.of(target)); // the scenario checks the park, firm, figure and dates of its targets
            } catch (FieldException e) {
                String location = e.field().replaceFirst("^targets\\[0\\]", java.util.regex.Matcher.quoteReplacement(at));
                throw new InputException(name, location + " (scenario " + s.name() + ")", e.expected(), e.found());
            }
            if (target.lastMonth().isAfter(s.end())) {
                throw new InputException(name, at, "a target within " + s.name() + "'s run (" + s.start() + " to " + s.end() + ")", target.lastMonth().toString());
            }
            cases.add(new TargetCase(s.name(), target));
        }
        String description = root.has("description") ? root.get("description").asText() : "";
        return new TargetSet(file, description, scenarios, List.copyOf(cases));
    }

    /** The targets of one scenario. */
    public List<TargetSpec> targetsOf(String scenario) {
        return cases.stream().filter(c -> c.scenario().equals(scenario)).map(TargetCase::target).toList();
    }
}
