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
import java.util.function.Predicate;
import parksim.core.Metric;
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
 * range, the observed value and a tolerance. Every target must name a figure id its scenario lists. A target
 * with {@code "per": "<stock metric>"} is a ratio (a plausibility bound such as output per m²).
 */
public record TargetSet(Path file, String description, Map<String, LoadedScenario> scenarios, List<TargetCase> cases,
                        List<NotChecked> notChecked) {

    /** A figure the file says it does not check, and why (e.g. the model has no metric for it yet). */
    public record NotChecked(String figure, String why) {
        public NotChecked {
            parksim.core.Require.text(figure, "figure");
            parksim.core.Require.text(why, "why");
        }
    }

    private record NotCheckedList(List<NotChecked> notChecked) {}

    public static TargetSet load(Path file) {
        String name = file.toString();
        JsonNode root = ProvenanceReader.read(StrictJson.readTree(file), name).plain();
        JsonNode list = targetList(root, name);
        Map<String, LoadedScenario> scenarios = new LinkedHashMap<>();
        Map<Path, LoadedScenario> byFile = new LinkedHashMap<>();
        List<TargetCase> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "targets[" + i + "]";
            if (!list.get(i).isObject()) throw new InputException(name, at, "an object", list.get(i).toString());
            ObjectNode entry = ((ObjectNode) list.get(i)).deepCopy();
            JsonNode scenarioField = entry.remove("scenario");
            Metric per = per(entry.remove("per"), name, at);
            if (scenarioField == null || !scenarioField.isTextual()) {
                throw new InputException(name, at + ".scenario", "the scenario file that reproduces the figure, in quotes", scenarioField == null ? "nothing" : scenarioField.toString());
            }
            TargetSpec target = target(entry, name, at, ids);
            Path scenarioPath = file.toAbsolutePath().getParent().resolve(scenarioField.asText()).normalize();
            String field = at + ".scenario";
            LoadedScenario loaded = byFile.computeIfAbsent(scenarioPath, p -> ScenarioReference.load(file, field, scenarioField.asText()));
            Scenario s = loaded.scenario();
            LoadedScenario other = scenarios.putIfAbsent(s.name(), loaded);
            if (other != null && other != loaded) throw new InputException(name, at + ".scenario", "one file per scenario name", "two files named " + s.name());
            checkFits(target, s, name, at);
            cases.add(new TargetCase(s.name(), target, per));
        }
        String description = root.has("description") ? root.get("description").asText() : "";
        ObjectNode rest = StrictJson.mapper().createObjectNode();
        if (root.has("notChecked")) rest.set("notChecked", root.get("notChecked"));
        List<NotChecked> notChecked = StrictJson.bind(rest, NotCheckedList.class, name).notChecked();
        return new TargetSet(file, description, scenarios, List.copyOf(cases), notChecked == null ? List.of() : List.copyOf(notChecked));
    }

    /** The file's non-empty list of targets, after checking it is an object with only the known fields. */
    private static JsonNode targetList(JsonNode root, String name) {
        if (!root.isObject()) throw new InputException(name, "", "a JSON object {\"targets\": [...]}", root.getNodeType().toString().toLowerCase());
        Set<String> known = Set.of("description", "targets", "notChecked");
        root.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) throw new InputException(name, f, "one of the fields description, targets, notChecked", "unknown field \"" + f + "\"");
        });
        JsonNode list = root.get("targets");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new InputException(name, "targets", "a non-empty list of targets", list == null ? "nothing" : list.toString());
        }
        return list;
    }

    /** One target's fields (without scenario and per), with an id no earlier target has and a figure. */
    private static TargetSpec target(ObjectNode entry, String name, String at, Set<String> ids) {
        TargetSpec target;
        try {
            target = StrictJson.bind(entry, TargetSpec.class, name);
        } catch (InputException e) {
            throw e.under(at);
        }
        if (!ids.add(target.id())) throw new InputException(name, at + ".id", "an id no other target has", "\"" + target.id() + "\"");
        if (target.figure() == null) throw new InputException(name, at + ".figure", "the figure id the target checks (e.g. Y5)", "nothing");
        return target;
    }

    /** The scenario checks the park, firm, figure and dates of its targets; the target must lie within its run. */
    private static void checkFits(TargetSpec target, Scenario s, String name, String at) {
        try {
            s.withTargets(List.of(target));
        } catch (FieldException e) {
            String location = e.field().replaceFirst("^targets\\[0\\]", java.util.regex.Matcher.quoteReplacement(at));
            throw new InputException(name, location + " (scenario " + s.name() + ")", e.expected(), e.found());
        }
        if (target.lastMonth().isAfter(s.end())) {
            throw new InputException(name, at, "a target within " + s.name() + "'s run (" + s.start() + " to " + s.end() + ")", target.lastMonth().toString());
        }
    }

    /** The optional denominator of a ratio target: a stock metric. */
    private static Metric per(JsonNode field, String file, String at) {
        if (field == null) return null;
        Metric m;
        try {
            m = Metric.fromColumn(field.isTextual() ? field.asText() : null);
        } catch (IllegalArgumentException e) {
            throw new InputException(file, at + ".per", "a stock metric to divide by (e.g. occupied_m2)", field.toString());
        }
        if (m.isFlow()) throw new InputException(file, at + ".per", "a stock metric to divide by (e.g. occupied_m2)", "the flow metric " + m.column());
        return m;
    }

    /** The targets {@code keep} accepts, with only the scenarios they need (e.g. every park's but one, for cross-validation). */
    public TargetSet only(Predicate<TargetCase> keep) {
        List<TargetCase> kept = cases.stream().filter(keep).toList();
        Map<String, LoadedScenario> used = new LinkedHashMap<>();
        for (TargetCase c : kept) used.put(c.scenario(), scenarios.get(c.scenario()));
        return new TargetSet(file, description, used, kept, notChecked);
    }

    /** The parks the targets are about, in order of first appearance. */
    public List<String> parks() {
        return cases.stream().map(TargetCase::park).distinct().toList();
    }

    /** The targets of one scenario. */
    public List<TargetSpec> targetsOf(String scenario) {
        return cases.stream().filter(c -> c.scenario().equals(scenario)).map(TargetCase::target).toList();
    }
}
