package parksim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parksim.core.InputException;

/**
 * Addresses a value inside a scenario's JSON tree by a path such as
 * {@code parks[yanji].policies.rentSubsidy.share} or {@code parks[0].buildings[1].floorArea}:
 * fields separated by dots, list elements by index or, for lists of objects with an {@code id}, by id.
 */
public final class ScenarioPaths {
    private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)?((?:\\[[^\\]]+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]+)\\]");

    private ScenarioPaths() {}

    /**
     * Sets the value at {@code path}. Every step but the last must exist; the last may add a field
     * to an existing object (so an instrument's optional field can be set), but not a new list element.
     *
     * @param origin names the file the path comes from, for error messages
     * @param where  where the path itself stands in that file (e.g. {@code variants[1].set})
     */
    public static void set(ObjectNode tree, String path, JsonNode value, String origin, String where) {
        List<String> steps = steps(path, origin, where);
        JsonNode node = tree;
        StringBuilder walked = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (step.startsWith("[")) {
                String key = step.substring(1, step.length() - 1);
                if (!(node instanceof ArrayNode array)) {
                    throw new InputException(origin, where, "a path through existing lists and objects", "\"" + path + "\": " + walked + " is not a list");
                }
                int index = indexOf(array, key);
                if (index < 0) {
                    throw new InputException(origin, where, "a path that exists in the scenario", "\"" + path + "\": no element " + step + " in " + walked);
                }
                walked.append(step);
                if (last) array.set(index, value);
                else node = array.get(index);
            } else {
                if (!(node instanceof ObjectNode object)) {
                    throw new InputException(origin, where, "a path through existing lists and objects", "\"" + path + "\": " + walked + " is not an object");
                }
                if (walked.length() > 0) walked.append('.');
                walked.append(step);
                if (last) {
                    object.set(step, value);
                } else {
                    JsonNode next = object.get(step);
                    if (next == null || next.isNull()) {
                        throw new InputException(origin, where, "a path that exists in the scenario", "\"" + path + "\": no " + walked);
                    }
                    node = next;
                }
            }
        }
    }

    /** The value at {@code path}, or null if there is none. */
    public static JsonNode get(JsonNode tree, String path) {
        JsonNode node = tree;
        for (String step : steps(path, "", "")) {
            if (node == null) return null;
            if (step.startsWith("[")) {
                if (!node.isArray()) return null;
                int index = indexOf((ArrayNode) node, step.substring(1, step.length() - 1));
                node = index < 0 ? null : node.get(index);
            } else {
                node = node.get(step);
            }
        }
        return node;
    }

    private static int indexOf(ArrayNode array, String key) {
        if (key.matches("\\d+")) {
            int i = Integer.parseInt(key);
            return i < array.size() ? i : -1;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode id = array.get(i).get("id");
            if (id != null && id.asText().equals(key)) return i;
        }
        return -1;
    }

    private static List<String> steps(String path, String origin, String where) {
        List<String> steps = new ArrayList<>();
        if (path == null || path.isBlank()) throw new InputException(origin, where, "a scenario path like parks[yanji].policies.rentSubsidy.share", "an empty path");
        for (String part : path.split("\\.", -1)) {
            Matcher m = STEP.matcher(part);
            if (part.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2).isEmpty())) {
                throw new InputException(origin, where, "a scenario path like parks[yanji].policies.rentSubsidy.share", "\"" + path + "\"");
            }
            if (m.group(1) != null) steps.add(m.group(1));
            Matcher idx = INDEX.matcher(m.group(2));
            while (idx.find()) steps.add("[" + idx.group(1) + "]");
        }
        return steps;
    }
}
