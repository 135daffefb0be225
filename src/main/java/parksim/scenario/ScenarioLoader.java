package parksim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parksim.core.InputException;

/**
 * Reads scenario files.
 *
 * <p>Two conveniences before the records are bound:
 * <ul>
 *   <li>{@code "base": "other.json"} merges this file over another (objects merge field by field,
 *       anything else replaces), so the bundled scenarios share one set of market and model assumptions;</li>
 *   <li>any number may be written {@code {"value": 122800, "source": "Y2"}} or
 *       {@code {"value": 0.1, "assumption": "why"}}; the loader keeps the value and records where it came from.</li>
 * </ul>
 */
public final class ScenarioLoader {
    private static final Set<String> WRAPPER_KEYS = Set.of("value", "source", "assumption", "note");

    private ScenarioLoader() {}

    public static LoadedScenario load(Path file) {
        ObjectNode merged = readWithBase(file, new LinkedHashSet<>());
        Map<String, String> cited = new LinkedHashMap<>();
        Map<String, String> assumed = new LinkedHashMap<>();
        List<String> unsourced = new ArrayList<>();
        ObjectNode plain = (ObjectNode) unwrap(merged, "", cited, assumed, unsourced, file.toString());
        Scenario scenario = bind(plain, file.toString());
        for (Map.Entry<String, String> c : cited.entrySet()) {
            if (!scenario.sources().containsKey(c.getValue())) {
                throw new InputException(file.toString(), c.getKey() + ".source",
                        "a figure id listed in sources " + scenario.sources().keySet(), "\"" + c.getValue() + "\"");
            }
        }
        return new LoadedScenario(file, scenario, new Provenance(cited, assumed, unsourced), plain);
    }

    /** Binds a plain tree (no base, no provenance wrappers) to a validated scenario. */
    public static Scenario bind(JsonNode plainTree, String origin) {
        return StrictJson.bind(plainTree, Scenario.class, origin);
    }

    private static ObjectNode readWithBase(Path file, Set<Path> seen) {
        Path normal = file.toAbsolutePath().normalize();
        if (!seen.add(normal)) throw new InputException(file.toString(), "base", "a base chain without cycles", "a cycle back to this file");
        JsonNode tree = StrictJson.readTree(file);
        if (!tree.isObject()) throw new InputException(file.toString(), "", "a JSON object {...}", "a " + tree.getNodeType().toString().toLowerCase());
        ObjectNode node = (ObjectNode) tree;
        JsonNode base = node.remove("base");
        if (base == null) return node;
        if (!base.isTextual()) throw new InputException(file.toString(), "base", "the path of a base scenario file, in quotes", base.toString());
        Path parent = file.toAbsolutePath().getParent();
        ObjectNode merged = readWithBase(parent.resolve(base.asText()), seen);
        merge(merged, node);
        return merged;
    }

    /** Merges {@code overlay} into {@code target}: objects field by field, everything else replaced. */
    static void merge(ObjectNode target, ObjectNode overlay) {
        Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode existing = target.get(f.getKey());
            if (existing instanceof ObjectNode eo && f.getValue() instanceof ObjectNode fo && !isWrapper(fo)) {
                merge(eo, fo);
            } else {
                target.set(f.getKey(), f.getValue().deepCopy());
            }
        }
    }

    private static boolean isWrapper(JsonNode node) {
        if (!node.isObject() || !node.has("value") || !(node.has("source") || node.has("assumption"))) return false;
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) if (!WRAPPER_KEYS.contains(names.next())) return false;
        return true;
    }

    private static JsonNode unwrap(JsonNode node, String path, Map<String, String> cited, Map<String, String> assumed,
                                   List<String> unsourced, String file) {
        if (isWrapper(node)) {
            JsonNode value = node.get("value");
            if (node.has("source") && node.has("assumption")) {
                throw new InputException(file, path, "either a source or an assumption", "both");
            }
            if (node.has("source")) {
                if (!node.get("source").isTextual()) throw new InputException(file, path + ".source", "a figure id in quotes", node.get("source").toString());
                cited.put(path, node.get("source").asText());
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
                    out.set(f.getKey(), unwrap(f.getValue(), child, cited, assumed, unsourced, file));
                }
                return out;
            }
            return node;
        }
        if (node.isArray()) {
            ArrayNode out = ((ArrayNode) node).arrayNode();
            for (int i = 0; i < node.size(); i++) {
                out.add(unwrap(node.get(i), path + "[" + i + "]", cited, assumed, unsourced, file));
            }
            return out;
        }
        if (node.isNumber()) unsourced.add(path);
        return node;
    }
}
