package parksim.gui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import parksim.core.InputException;
import parksim.scenario.LoadedScenario;
import parksim.scenario.Scenario;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.ScenarioPaths;

/**
 * The scenario as changed in the Model tab: its plain JSON tree, changed at scenario paths (as
 * variants are) and bound again after every change, so a value the scenario file could not hold
 * is refused with the loader's own message and nothing changes.
 */
final class ScenarioEdits {
    /** Names the source of an edit in error messages, where a file name would stand. */
    static final String ORIGIN = "Model tab";

    /** A value changed from the file's: the scenario path, the file's value and the current one. */
    record Difference(String path, String inFile, String now) {}

    private final ObjectNode original;
    private ObjectNode tree;
    private Scenario scenario;
    private final Set<String> touched = new LinkedHashSet<>();

    ScenarioEdits(LoadedScenario loaded) {
        this.original = loaded.tree().deepCopy();
        this.tree = original.deepCopy();
        this.scenario = loaded.scenario();
    }

    /** The scenario with every change so far, validated. */
    Scenario scenario() { return scenario; }

    boolean has(String path) {
        JsonNode n = ScenarioPaths.get(tree, path);
        return n != null && !n.isNull();
    }

    double number(String path) {
        JsonNode n = ScenarioPaths.get(tree, path);
        return n != null && n.isNumber() ? n.asDouble() : 0;
    }

    String text(String path) {
        return text(ScenarioPaths.get(tree, path));
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.isNumber() ? n.numberValue().toString() : n.asText();
    }

    /**
     * Sets the value at {@code path} and returns the scenario with it.
     *
     * @throws InputException if the scenario would not be valid; nothing is changed then
     */
    Scenario set(String path, JsonNode value) {
        ObjectNode copy = tree.deepCopy();
        ScenarioPaths.set(copy, path, value, ORIGIN, path);
        Scenario changed = ScenarioLoader.bind(copy, ORIGIN);
        tree = copy;
        scenario = changed;
        touched.add(path);
        return changed;
    }

    /** Every value that now differs from the file, in the order they were first changed. */
    List<Difference> differences() {
        List<Difference> out = new ArrayList<>();
        for (String path : touched) {
            JsonNode was = ScenarioPaths.get(original, path);
            JsonNode now = ScenarioPaths.get(tree, path);
            if (was == null ? now != null : !sameValue(was, now)) out.add(new Difference(path, text(was), text(now)));
        }
        return out;
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (b == null) return false;
        if (a.isNumber() && b.isNumber()) return a.asDouble() == b.asDouble();
        return a.equals(b);
    }
}
