package parksim.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import parksim.core.InputException;
import parksim.scenario.ProvenanceReader;
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
}
