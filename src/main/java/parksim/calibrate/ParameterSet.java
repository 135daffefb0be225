package parksim.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import parksim.core.InputException;
import parksim.core.Fmt;
import parksim.scenario.ProvenanceReader;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.ScenarioPaths;
import parksim.scenario.StrictJson;

/** A parameters file: the free parameters a calibration fits, checked against the targets' scenarios. */
public record ParameterSet(Path file, List<FreeParameter> parameters) {

    /** The JSON form: {@code {"description": ..., "parameters": [...]}}. */
    record Spec(String description, List<FreeParameter> parameters) {}

    public static ParameterSet load(Path file, TargetSet targets) {
        String name = file.toString();
        ParameterSet set = read(file);
        for (int i = 0; i < set.parameters().size(); i++) {
            FreeParameter p = set.parameters().get(i);
            String at = "parameters[" + i + "]";
            for (String s : p.scenarios()) {
                if (!targets.scenarios().containsKey(s)) {
                    throw new InputException(name, at + ".scenarios", "scenarios of the targets " + targets.scenarios().keySet(), "\"" + s + "\"");
                }
            }
            boolean applies = false;
            for (var e : targets.scenarios().entrySet()) {
                if (!p.appliesTo(e.getKey())) continue;
                applies = true;
                for (int k = 0; k < p.paths().size(); k++) {
                    ObjectNode probe = e.getValue().tree().deepCopy();
                    ScenarioPaths.set(probe, p.paths().get(k), TextNode.valueOf("probe"), name,
                            at + ".paths[" + k + "] (in scenario " + e.getKey() + ")");
                    if (ScenarioPaths.getAll(e.getValue().tree(), p.paths().get(k)).stream().noneMatch(JsonNode::isNumber)) {
                        throw new InputException(name, at + ".paths[" + k + "]", "a path to a number in scenario " + e.getKey(), "\"" + p.paths().get(k) + "\"");
                    }
                }
            }
            if (!applies) throw new InputException(name, at + ".scenarios", "a scenario of the targets", "none");
            checkBounds(p, targets, name, at);
        }
        return set;
    }

    /** The file on its own: every parameter well formed (bounds, start) and named once; its paths are not checked. */
    public static ParameterSet read(Path file) {
        String name = file.toString();
        JsonNode plain = ProvenanceReader.read(StrictJson.readTree(file), name).plain();
        Spec spec = StrictJson.bind(plain, Spec.class, name);
        if (spec.parameters() == null || spec.parameters().isEmpty()) {
            throw new InputException(name, "parameters", "a non-empty list of parameters", "none");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < spec.parameters().size(); i++) {
            String n = spec.parameters().get(i).name();
            if (!names.add(n)) throw new InputException(name, "parameters[" + i + "].name", "a name no other parameter has", "\"" + n + "\"");
        }
        return new ParameterSet(file, spec.parameters());
    }

    /**
     * Both bounds must give valid scenarios, or the calibration would stop at its first evaluation near one,
     * naming a scenario rather than the bound to correct.
     */
    private static void checkBounds(FreeParameter p, TargetSet targets, String file, String at) {
        for (String bound : List.of("min", "max")) {
            double value = p.fromUnit(bound.equals("min") ? 0 : 1);
            JsonNode node = p.integer() ? IntNode.valueOf((int) value) : DoubleNode.valueOf(value);
            for (var e : targets.scenarios().entrySet()) {
                if (!p.appliesTo(e.getKey())) continue;
                ObjectNode probe = e.getValue().tree().deepCopy();
                for (String path : p.paths()) ScenarioPaths.set(probe, path, node, file, at + ".paths");
                try {
                    ScenarioLoader.bind(probe, e.getKey());
                } catch (InputException x) {
                    throw new InputException(file, at + "." + bound, "a value every path of the parameter accepts",
                            Fmt.number(value) + ", which makes scenario " + e.getKey() + " invalid: "
                                    + (x.expected() == null ? x.getMessage() : x.location() + ": expected " + x.expected() + ", found " + x.found()));
                }
            }
        }
    }
}
