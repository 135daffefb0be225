package parksim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parksim.core.InputException;

/**
 * Reads provenance wrappers out of an input tree: a number written {@code {"value": 122800, "source": "Y2"}}
 * or {@code {"value": 0.1, "assumption": "why"}} or {@code {"value": 2.1, "calibrated": "against which targets"}}
 * becomes its plain value, and its JSON path is recorded
 * with the figure it cites or the assumption it states. Plain numbers are recorded as unsourced.
 * The {@code sources} section itself is left as it is.
 */
public final class ProvenanceReader {
    private static final Set<String> WRAPPER_KEYS = Set.of("value", "source", "assumption", "calibrated", "note");

    /** The tree without wrappers, and where its numbers came from. */
    public record Result(JsonNode plain, Provenance provenance) {}

    private ProvenanceReader() {}

    public static Result read(JsonNode tree, String file) {
        Map<String, String> cited = new LinkedHashMap<>();
        Map<String, String> calibrated = new LinkedHashMap<>();
        Map<String, String> assumed = new LinkedHashMap<>();
        List<String> unsourced = new ArrayList<>();
        JsonNode plain = unwrap(tree, "", cited, calibrated, assumed, unsourced, file);
        return new Result(plain, new Provenance(cited, calibrated, assumed, unsourced));
    }

    static boolean isWrapper(JsonNode node) {
        if (!node.isObject() || !node.has("value") || !(node.has("source") || node.has("assumption") || node.has("calibrated"))) return false;
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) if (!WRAPPER_KEYS.contains(names.next())) return false;
        return true;
    }

    private static JsonNode unwrap(JsonNode node, String path, Map<String, String> cited, Map<String, String> calibrated,
                                   Map<String, String> assumed, List<String> unsourced, String file) {
        if (isWrapper(node)) {
            JsonNode value = node.get("value");
            int kinds = (node.has("source") ? 1 : 0) + (node.has("assumption") ? 1 : 0) + (node.has("calibrated") ? 1 : 0);
            if (kinds > 1) throw new InputException(file, path, "one of source, calibrated or assumption", "more than one");
            if (node.has("source")) {
                if (!node.get("source").isTextual()) throw new InputException(file, path + ".source", "a figure id in quotes", node.get("source").toString());
                cited.put(path, node.get("source").asText());
            } else if (node.has("calibrated")) {
                if (!node.get("calibrated").isTextual() || node.get("calibrated").asText().isBlank()) {
                    throw new InputException(file, path + ".calibrated", "how the value was fitted, in quotes", node.get("calibrated").toString());
                }
                calibrated.put(path, node.get("calibrated").asText());
            } else {
                if (!node.get("assumption").isTextual() || node.get("assumption").asText().isBlank()) {
                    throw new InputException(file, path + ".assumption", "a one-line reason in quotes", node.get("assumption").toString());
                }
                assumed.put(path, node.get("assumption").asText());
            }
            return value;
        }
        if (node.isObject()) {
            ObjectNode out = ((ObjectNode) node).objectNode();
            if (path.isEmpty() || !path.equals("sources") && !path.startsWith("sources.")) {
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    String child = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                    out.set(f.getKey(), unwrap(f.getValue(), child, cited, calibrated, assumed, unsourced, file));
                }
                return out;
            }
            return node;
        }
        if (node.isArray()) {
            ArrayNode out = ((ArrayNode) node).arrayNode();
            for (int i = 0; i < node.size(); i++) {
                out.add(unwrap(node.get(i), path + "[" + i + "]", cited, calibrated, assumed, unsourced, file));
            }
            return out;
        }
        if (node.isNumber()) unsourced.add(path);
        return node;
    }
}
