package parksim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parksim.core.InputException;

/**
 * Addresses values inside a scenario's JSON tree by a path such as
 * {@code parks[yanji].policies.rentSubsidy.share} or {@code parks[0].buildings[1].floorArea}: fields
 * separated by dots, list elements by index or, for lists of objects with an {@code id}, by id.
 * A {@code *} stands for every field of an object or every element of a list
 * ({@code market.segments.*.investmentMedian}).
 */
public final class ScenarioPaths {
    private static final Pattern STEP = Pattern.compile("([A-Za-z_*][A-Za-z0-9_]*)?((?:\\[[^\\]]+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]+)\\]");
    private static final String EXAMPLE = "a scenario path like parks[yanji].policies.rentSubsidy.share";

    private ScenarioPaths() {}

    /**
     * Sets the value at {@code path}. Every step but the last must exist; the last may add a field
     * to an existing object (so an instrument's optional field can be set), but not a new list element.
     *
     * @param origin names the file the path comes from, for error messages
     * @param where  where the path itself stands in that file (e.g. {@code variants[1].set})
     */
    public static void set(ObjectNode tree, String path, JsonNode value, String origin, String where) {
        apply(tree, steps(path, origin, where), 0, value, false, path, origin, where, "");
    }

    /** Like {@link #set}, but creates missing objects on the way (for writing overrides into a partial file). */
    public static void setCreating(ObjectNode tree, String path, JsonNode value, String origin, String where) {
        apply(tree, steps(path, origin, where), 0, value, true, path, origin, where, "");
    }

    /** The value at {@code path}, or null if there is none (the first match of a wildcard path). */
    public static JsonNode get(JsonNode tree, String path) {
        List<JsonNode> all = getAll(tree, path);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every value a (wildcard) path reaches. */
    public static List<JsonNode> getAll(JsonNode tree, String path) {
        List<JsonNode> found = new ArrayList<>();
        collect(tree, steps(path, "", ""), 0, found);
        return found;
    }

    /** Like {@link #getAll}, but a malformed path is reported against {@code origin} at {@code where}. */
    public static List<JsonNode> getAll(JsonNode tree, String path, String origin, String where) {
        List<JsonNode> found = new ArrayList<>();
        collect(tree, steps(path, origin, where), 0, found);
        return found;
    }

    /**
     * Where a (wildcard) path lands, each place written with list indices only ({@code parks[yanji].budget} and
     * {@code parks[0].budget} both give {@code parks[0].budget}): two paths setting one number share a place.
     */
    public static List<String> places(JsonNode tree, String path, String origin, String where) {
        List<String> found = new ArrayList<>();
        place(tree, steps(path, origin, where), 0, "", found);
        return found;
    }

    private static void place(JsonNode node, List<String> steps, int i, String walked, List<String> found) {
        if (node == null) return;
        if (i == steps.size()) {
            found.add(walked);
            return;
        }
        String step = steps.get(i);
        if (step.equals("*") || step.equals("[*]")) {
            if (node.isArray()) {
                for (int k = 0; k < node.size(); k++) place(node.get(k), steps, i + 1, walked + "[" + k + "]", found);
            } else {
                node.fieldNames().forEachRemaining(name -> place(node.get(name), steps, i + 1, walked.isEmpty() ? name : walked + "." + name, found));
            }
        } else if (step.startsWith("[")) {
            if (!node.isArray()) return;
            int index = indexOf((ArrayNode) node, step.substring(1, step.length() - 1));
            if (index >= 0) place(node.get(index), steps, i + 1, walked + "[" + index + "]", found);
        } else {
            place(node.get(step), steps, i + 1, walked.isEmpty() ? step : walked + "." + step, found);
        }
    }

    private static void collect(JsonNode node, List<String> steps, int i, List<JsonNode> found) {
        if (node == null) return;
        if (i == steps.size()) {
            found.add(node);
            return;
        }
        String step = steps.get(i);
        if (step.equals("*") || step.equals("[*]")) {
            node.elements().forEachRemaining(child -> collect(child, steps, i + 1, found));
        } else if (step.startsWith("[")) {
            if (!node.isArray()) return;
            int index = indexOf((ArrayNode) node, step.substring(1, step.length() - 1));
            if (index >= 0) collect(node.get(index), steps, i + 1, found);
        } else {
            collect(node.get(step), steps, i + 1, found);
        }
    }

    private static void apply(JsonNode node, List<String> steps, int i, JsonNode value, boolean create, String path,
                              String origin, String where, String walked) {
        String step = steps.get(i);
        boolean last = i == steps.size() - 1;
        if (step.equals("*") || step.equals("[*]")) {
            if (!node.isContainerNode() || node.size() == 0) {
                throw new InputException(origin, where, "a path that exists in the scenario", "\"" + path + "\": nothing for * at " + walked);
            }
            if (node instanceof ArrayNode array) {
                for (int k = 0; k < array.size(); k++) {
                    if (last) array.set(k, value.deepCopy());
                    else apply(array.get(k), steps, i + 1, value, create, path, origin, where, walked + "[" + k + "]");
                }
            } else {
                ObjectNode object = (ObjectNode) node;
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                for (String name : names) {
                    String next = walked.isEmpty() ? name : walked + "." + name;
                    if (last) object.set(name, value.deepCopy());
                    else apply(object.get(name), steps, i + 1, value, create, path, origin, where, next);
                }
            }
            return;
        }
        if (step.startsWith("[")) {
            String key = step.substring(1, step.length() - 1);
            if (!(node instanceof ArrayNode array)) {
                throw new InputException(origin, where, "a path through existing lists and objects", "\"" + path + "\": " + walked + " is not a list");
            }
            int index = indexOf(array, key);
            if (index < 0) {
                throw new InputException(origin, where, "a path that exists in the scenario", "\"" + path + "\": no element " + step + " in " + walked);
            }
            if (last) array.set(index, value);
            else apply(array.get(index), steps, i + 1, value, create, path, origin, where, walked + step);
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            throw new InputException(origin, where, "a path through existing lists and objects", "\"" + path + "\": " + walked + " is not an object");
        }
        String next = walked.isEmpty() ? step : walked + "." + step;
        if (last) {
            object.set(step, value);
            return;
        }
        JsonNode child = object.get(step);
        if (child == null || child.isNull()) {
            if (!create || steps.get(i + 1).startsWith("[") || steps.get(i + 1).equals("*")) {
                throw new InputException(origin, where, "a path that exists in the scenario", "\"" + path + "\": no " + next);
            }
            child = object.putObject(step);
        }
        apply(child, steps, i + 1, value, create, path, origin, where, next);
    }

    private static int indexOf(ArrayNode array, String key) {
        if (key.matches("\\d+")) {
            int i = Integer.parseInt(key);
            return i < array.size() ? i : -1;
        }
        Iterator<JsonNode> it = array.elements();
        for (int i = 0; it.hasNext(); i++) {
            JsonNode id = it.next().get("id");
            if (id != null && id.asText().equals(key)) return i;
        }
        return -1;
    }

    static List<String> steps(String path, String origin, String where) {
        List<String> steps = new ArrayList<>();
        if (path == null || path.isBlank()) throw new InputException(origin, where, EXAMPLE, "an empty path");
        for (String part : path.split("\\.", -1)) {
            Matcher m = STEP.matcher(part);
            if (part.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2).isEmpty())
                    || (m.group(1) != null && m.group(1).contains("*") && !m.group(1).equals("*"))) {
                throw new InputException(origin, where, EXAMPLE, "\"" + path + "\"");
            }
            if (m.group(1) != null) steps.add(m.group(1));
            Matcher idx = INDEX.matcher(m.group(2));
            while (idx.find()) steps.add("[" + idx.group(1) + "]");
        }
        return steps;
    }
}
