package parksim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import parksim.core.InputException;
import parksim.policy.InstrumentCatalog;

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
    private ScenarioLoader() {}

    /** Reads a scenario whose policies may name any instrument of the {@linkplain InstrumentCatalog#installed() installed catalog}. */
    public static LoadedScenario load(Path file) {
        return load(file, InstrumentCatalog.installed());
    }

    /** Reads a scenario whose policies may name the instruments of {@code catalog}. */
    public static LoadedScenario load(Path file, InstrumentCatalog catalog) {
        ObjectNode merged = readWithBase(file, new LinkedHashSet<>());
        ProvenanceReader.Result read = ProvenanceReader.read(merged, file.toString());
        ObjectNode plain = (ObjectNode) read.plain();
        Scenario scenario = bind(plain, file.toString(), catalog);
        for (Map.Entry<String, String> c : read.provenance().cited().entrySet()) {
            if (!scenario.sources().containsKey(c.getValue())) {
                throw new InputException(file.toString(), c.getKey() + ".source",
                        "a figure id listed in sources " + scenario.sources().keySet(), "\"" + c.getValue() + "\"");
            }
        }
        return new LoadedScenario(file, scenario, read.provenance(), plain);
    }

    /** The file merged over its base files, provenance wrappers still in place: a standalone copy of the scenario. */
    public static ObjectNode readRaw(Path file) {
        return readWithBase(file, new LinkedHashSet<>());
    }

    /** Binds a plain tree (no base, no provenance wrappers) to a validated scenario. */
    public static Scenario bind(JsonNode plainTree, String origin) {
        return bind(plainTree, origin, InstrumentCatalog.installed());
    }

    /** Binds a plain tree whose policies may name the instruments of {@code catalog}. */
    public static Scenario bind(JsonNode plainTree, String origin, InstrumentCatalog catalog) {
        return StrictJson.bind(plainTree, Scenario.class, origin, Map.of(InstrumentCatalog.class, catalog));
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
            if (existing instanceof ObjectNode eo && f.getValue() instanceof ObjectNode fo && !ProvenanceReader.isWrapper(fo)) {
                merge(eo, fo);
            } else {
                target.set(f.getKey(), f.getValue().deepCopy());
            }
        }
    }

}
