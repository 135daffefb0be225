package parksim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parksim.core.InputException;
import parksim.scenario.ScenarioPath;

/**
 * The experiment behind a Shapley attribution of one policy package to its instruments: every one of the
 * 2^k sub-packages of the package's k instruments, run with the experiment's seeds and replications.
 *
 * <p>A package's instruments are the entries of its {@code set} under {@code parks[..].policies.<instrument>}
 * (all entries of one instrument of one park form one instrument); its other entries (a budget, say) are set
 * in every sub-package, so that the attribution shares out the instruments' effect, not the budget's. The
 * sub-packages are named {@code shapley-<bits>}, bit i (from the left) set when instrument i is in; {@code compare}
 * recognises them and computes the exact Shapley values from them.
 */
public final class ShapleyExperiment {
    /** 2^8 = 256 sub-packages: beyond that an exact attribution is too costly to run, and is refused. */
    public static final int MAX_INSTRUMENTS = 8;
    public static final String PREFIX = "shapley-";

    private ShapleyExperiment() {}

    /** The experiment file's tree turned into the sub-package experiment of {@code variant}. */
    public static JsonNode derive(JsonNode plain, String variant, String file) {
        JsonNode spec = findVariant(plain, variant, file);
        Map<String, Map<String, JsonNode>> instruments = new LinkedHashMap<>();
        Map<String, JsonNode> always = new LinkedHashMap<>();
        spec.path("set").fields().forEachRemaining(e -> {
            String instrument = instrument(e.getKey());
            if (instrument == null) always.put(e.getKey(), e.getValue());
            else instruments.computeIfAbsent(instrument, k -> new LinkedHashMap<>()).put(e.getKey(), e.getValue());
        });
        int k = instruments.size();
        if (k < 1 || k > MAX_INSTRUMENTS) {
            throw new InputException(file, "variants[" + variant + "].set", "a package of 1 to " + MAX_INSTRUMENTS
                    + " instruments (entries under parks[..].policies) for an exact Shapley attribution", k + " instruments");
        }
        ObjectNode out = ((ObjectNode) plain).deepCopy();
        out.put("name", plain.path("name").asText() + "-shapley-" + variant);
        out.put("description", "Shapley sub-packages of " + variant + " over its instruments " + String.join(", ", instruments.keySet()));
        out.remove("grid");
        ArrayNode variants = out.putArray("variants");
        List<String> names = new ArrayList<>(instruments.keySet());
        List<String> shown = shortNames(names);
        for (int mask = 0; mask < (1 << k); mask++) {
            ObjectNode v = variants.addObject();
            StringBuilder bits = new StringBuilder();
            List<String> in = new ArrayList<>();
            ObjectNode set = v.putObject("set");
            always.forEach(set::set);
            for (int i = 0; i < k; i++) {
                boolean member = (mask & (1 << (k - 1 - i))) != 0;
                bits.append(member ? '1' : '0');
                if (member) {
                    in.add(shown.get(i));
                    instruments.get(names.get(i)).forEach(set::set);
                }
            }
            v.put("name", PREFIX + bits);
            v.put("description", in.isEmpty() ? "no instrument of " + variant : String.join(" + ", in));
            // Jackson keeps insertion order; the name first reads better in experiment.json.
            v.set("set", v.remove("set"));
        }
        return out;
    }

    /** Instruments as people name them: "rentSubsidy", or "yanji rentSubsidy" when the package spans several parks. */
    static List<String> shortNames(List<String> instruments) {
        List<ScenarioPath> paths = instruments.stream().map(ScenarioPath::new).toList();
        long parks = paths.stream().map(ScenarioPath::park).distinct().count();
        return paths.stream().map(p -> parks > 1 ? p.park() + " " + p.instrument() : p.instrument()).toList();
    }

    /** "parks[yanji].policies.rentSubsidy" for a path at or under an instrument; null for any other path. */
    static String instrument(String path) {
        ScenarioPath instrument;
        try {
            instrument = new ScenarioPath(path).instrumentPath();
        } catch (InputException e) {
            return null; // not a path: the experiment's loader reports it where it stands in the file
        }
        return instrument == null ? null : instrument.text();
    }

    private static JsonNode findVariant(JsonNode plain, String variant, String file) {
        List<String> names = new ArrayList<>();
        for (JsonNode v : plain.path("variants")) {
            if (v.path("name").asText().equals(variant)) return v;
            names.add(v.path("name").asText());
        }
        throw new InputException(file, "--shapley", "one of the named variants " + names, "\"" + variant + "\"");
    }
}
