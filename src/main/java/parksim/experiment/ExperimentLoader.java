package parksim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import parksim.core.InputException;
import parksim.core.Version;
import parksim.scenario.LoadedScenario;
import parksim.scenario.ProvenanceReader;
import parksim.scenario.Scenario;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.ScenarioPaths;
import parksim.scenario.StrictJson;

/**
 * Reads an experiment file and resolves every variant to a valid scenario before anything runs, so
 * that a bad path, a value of the wrong type or an empty grid is reported at once, naming the
 * experiment file and the path.
 */
public final class ExperimentLoader {
    /** A grid larger than this is almost certainly a mistake in a range's step. */
    static final int MAX_GRID_POINTS = 100_000;
    /** A sweep holds its plan (and the ids of finished runs) in memory: a million runs fit in a small heap. */
    public static final int MAX_RUNS = 1_000_000;

    private ExperimentLoader() {}

    public static Experiment load(Path file) {
        return load(file, UnaryOperator.identity());
    }

    /** Loads the experiment that {@code derive} makes of the file's (provenance-free) tree, e.g. a Shapley sub-package experiment. */
    public static Experiment load(Path file, UnaryOperator<JsonNode> derive) {
        String name = file.toString();
        JsonNode plain = derive.apply(ProvenanceReader.read(StrictJson.readTree(file), name).plain());
        ExperimentSpec spec = StrictJson.bind(plain, ExperimentSpec.class, name);
        LoadedScenario base = ScenarioReference.load(file, "scenario", spec.scenario());

        Map<String, ObjectNode> trees = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        Set<String> factorPaths = new LinkedHashSet<>();
        for (int i = 0; i < spec.variants().size(); i++) {
            VariantSpec v = spec.variants().get(i);
            String where = "variants[" + i + "]";
            if (trees.containsKey(v.name())) throw new InputException(name, where + ".name", "a name no other variant has", "\"" + v.name() + "\"");
            ObjectNode tree = base.tree().deepCopy();
            for (Map.Entry<String, JsonNode> set : v.set().entrySet()) {
                ScenarioPaths.set(tree, set.getKey(), set.getValue(), name, where + ".set[\"" + set.getKey() + "\"]");
                factorPaths.add(set.getKey());
            }
            trees.put(v.name(), tree);
            descriptions.put(v.name(), v.description());
        }
        if (spec.grid() != null) addGrid(spec.grid(), base, trees, descriptions, factorPaths, name);

        List<Variant> variants = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> e : trees.entrySet()) {
            ObjectNode tree = e.getValue();
            if (spec.months() != null) tree.put("months", spec.months());
            Scenario scenario = ScenarioLoader.bind(tree, name + ": variant " + e.getKey() + " gives an invalid scenario: " + base.file());
            Map<String, String> values = new LinkedHashMap<>();
            for (String path : factorPaths) values.put(path, text(ScenarioPaths.get(tree, path)));
            variants.add(new Variant(e.getKey(), descriptions.get(e.getKey()), scenario, values));
        }
        long runs = (long) variants.size() * spec.replications();
        if (runs > MAX_RUNS) {
            throw new InputException(name, "replications", "at most " + MAX_RUNS + " runs in all (variants x replications; split the"
                    + " experiment into several, each with its own seed)", spec.replications() + " replications x " + variants.size()
                    + " variant(s) = " + runs + " runs");
        }
        return new Experiment(file, spec, base, List.copyOf(variants), List.copyOf(factorPaths), fingerprint(plain, base));
    }

    private static void addGrid(GridSpec grid, LoadedScenario base, Map<String, ObjectNode> trees, Map<String, String> descriptions,
                                Set<String> factorPaths, String file) {
        ObjectNode start = base.tree();
        if (grid.base() != null) {
            start = trees.get(grid.base());
            if (start == null) throw new InputException(file, "grid.base", "one of the variants " + trees.keySet(), "\"" + grid.base() + "\"");
        }
        List<String> paths = new ArrayList<>(grid.factors().keySet());
        List<List<JsonNode>> levels = new ArrayList<>();
        long points = 1;
        for (String path : paths) {
            List<JsonNode> values = levels(grid.factors().get(path), file, "grid.factors[\"" + path + "\"]");
            levels.add(values);
            points *= values.size();
            if (points > MAX_GRID_POINTS) throw new InputException(file, "grid.factors", "a grid of at most " + MAX_GRID_POINTS + " points", "more");
            factorPaths.add(path);
        }
        int width = String.valueOf(points).length();
        int[] at = new int[paths.size()];
        for (long k = 1; k <= points; k++) {
            String variantName = grid.name() + "-" + String.format("%0" + width + "d", k);
            if (trees.containsKey(variantName)) throw new InputException(file, "grid.name", "a name that no variant starts with", "\"" + grid.name() + "\"");
            ObjectNode tree = start.deepCopy();
            StringBuilder description = new StringBuilder(grid.description().isEmpty() ? "" : grid.description() + ": ");
            for (int f = 0; f < paths.size(); f++) {
                JsonNode value = levels.get(f).get(at[f]);
                ScenarioPaths.set(tree, paths.get(f), value, file, "grid.factors[\"" + paths.get(f) + "\"]");
                description.append(f == 0 ? "" : ", ").append(paths.get(f)).append(" = ").append(text(value));
            }
            trees.put(variantName, tree);
            descriptions.put(variantName, description.toString());
            for (int f = paths.size() - 1; f >= 0; f--) {
                if (++at[f] < levels.get(f).size()) break;
                at[f] = 0;
            }
        }
    }

    /** A factor's values: a non-empty list, or a range {from, to, step} with step > 0. */
    static List<JsonNode> levels(JsonNode spec, String file, String where) {
        List<JsonNode> values = new ArrayList<>();
        if (spec.isArray()) {
            spec.forEach(values::add);
            if (values.isEmpty()) throw new InputException(file, where, "a non-empty list of values", "an empty list");
            Set<String> seen = new HashSet<>();
            for (JsonNode v : values) if (!seen.add(v.toString())) throw new InputException(file, where, "distinct values", "a repeated " + v);
            return values;
        }
        if (spec.isObject() && spec.size() == 3 && spec.has("from") && spec.has("to") && spec.has("step")) {
            for (String key : List.of("from", "to", "step")) {
                if (!spec.get(key).isNumber()) throw new InputException(file, where + "." + key, "a number", spec.get(key).toString());
            }
            BigDecimal from = spec.get("from").decimalValue();
            BigDecimal to = spec.get("to").decimalValue();
            BigDecimal step = spec.get("step").decimalValue();
            if (step.signum() <= 0) throw new InputException(file, where + ".step", "a step > 0", step.toPlainString());
            if (from.compareTo(to) > 0) throw new InputException(file, where + ".to", "a number >= from (" + from.toPlainString() + ")", to.toPlainString());
            for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
                values.add(number(v));
                if (values.size() > MAX_GRID_POINTS) throw new InputException(file, where + ".step", "a step giving at most " + MAX_GRID_POINTS + " values", step.toPlainString());
            }
            return values;
        }
        throw new InputException(file, where, "a list of values, or a range {\"from\": .., \"to\": .., \"step\": ..}", spec.toString());
    }

    /** Whole numbers as integers (so they bind to whole-number fields), others as doubles. */
    private static JsonNode number(BigDecimal v) {
        BigDecimal plain = v.stripTrailingZeros();
        if (plain.scale() <= 0 && plain.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            return JsonNodeFactory.instance.numberNode(plain.longValueExact());
        }
        return JsonNodeFactory.instance.numberNode(v.doubleValue());
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) return "";
        if (node.isNumber()) return node.decimalValue().stripTrailingZeros().toPlainString();
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static String fingerprint(JsonNode experiment, LoadedScenario base) {
        ObjectNode all = JsonNodeFactory.instance.objectNode();
        all.put("version", Version.get());
        all.set("experiment", experiment);
        all.set("scenario", base.tree());
        return Fingerprint.of(all);
    }
}
