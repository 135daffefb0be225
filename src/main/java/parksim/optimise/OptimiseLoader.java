package parksim.optimise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import parksim.core.InputException;
import parksim.core.Version;
import parksim.experiment.Experiment;
import parksim.experiment.ExperimentLoader;
import parksim.experiment.Fingerprint;
import parksim.experiment.ScenarioReference;
import parksim.experiment.Variant;
import parksim.policy.InstrumentCatalog;
import parksim.policy.InstrumentKind;
import parksim.policy.Lever;
import parksim.scenario.LoadedScenario;
import parksim.scenario.ProvenanceReader;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.ScenarioPath;
import parksim.scenario.ScenarioPaths;
import parksim.scenario.StrictJson;
import parksim.sensitivity.study.OutputSpec;
import parksim.sensitivity.study.StudyLoader;

/**
 * Reads an optimisation file and checks it against its scenario before anything runs: every lever's path holds a
 * number, both ends of its range give a valid scenario, the outputs name a metric, park and month the run covers, the
 * budget path exists, and the packages file (if any) is an experiment on the same scenario.
 */
public final class OptimiseLoader {
    private OptimiseLoader() {}

    public static OptimiseProblem load(Path file) {
        String name = file.toString();
        JsonNode plain = ProvenanceReader.read(StrictJson.readTree(file), name).plain();
        OptimiseSpec spec = StrictJson.bind(plain, OptimiseSpec.class, name);
        LoadedScenario scenario = ScenarioReference.load(file, "scenario", spec.scenario());
        ObjectNode tree = scenario.tree().deepCopy();
        for (Map.Entry<String, JsonNode> s : spec.set().entrySet()) ScenarioPaths.set(tree, s.getKey(), s.getValue(), name, "set[\"" + s.getKey() + "\"]");
        LoadedScenario base = spec.set().isEmpty() ? scenario : new LoadedScenario(scenario.file(),
                ScenarioLoader.bind(tree, name + ": set gives an invalid scenario: " + scenario.file()), scenario.provenance(), tree);
        checkNumber(tree, spec.budget().path(), name, "budget.path");
        List<LeverSpec> levers = new ArrayList<>();
        for (int i = 0; i < spec.levers().size(); i++) levers.add(lever(tree, spec.levers().get(i), spec, name, "levers[" + i + "]"));
        List<OutputSpec> outputs = new ArrayList<>();
        outputs.add(StudyLoader.checkOutput(spec.objective(), base.scenario(), name, "objective"));
        // Without a cost objective, the spend by the outcome's month is still read: it places candidates on the chart.
        OutputSpec cost = spec.cost() != null ? spec.cost() : new OutputSpec(null, "spend_cum_cny", outputs.get(0).park(), spec.objective().date(), null, null, false);
        outputs.add(StudyLoader.checkOutput(cost, base.scenario(), name, "cost"));
        checkSeeds(spec, name);
        OptimiseProblem p = new OptimiseProblem(file, spec, base, List.copyOf(levers), List.copyOf(outputs), List.of(), "", parksim.experiment.ReplicateDraws.NONE);
        List<OptimiseProblem.HandWritten> packages = spec.packages() == null ? List.of() : packages(file, p);
        return new OptimiseProblem(file, spec, base, p.levers(), p.outputs(), packages, fingerprint(plain, base, packages), p.draws());
    }

    private static LeverSpec lever(ObjectNode tree, LeverSpec l, OptimiseSpec spec, String file, String where) {
        checkNumber(tree, l.path(), file, where + ".path");
        if (l.path().equals(spec.budget().path())) throw new InputException(file, where + ".path", "a path other than the budget's", "\"" + l.path() + "\"");
        Lever declared = declared(l.path());
        if ((l.min() == null || l.max() == null) && declared == null) {
            throw new InputException(file, where + "." + (l.min() == null ? "min" : "max"), "a number (the path is no instrument's declared lever, so its range must be given)", "nothing");
        }
        double lo = l.min() != null ? l.min() : declared.min();
        double hi = l.max() != null ? l.max() : declared.max();
        if (!(hi > lo)) throw new InputException(file, where + ".max", "a number > min (" + lo + ")", Double.toString(hi));
        boolean whole = l.integer() != null ? l.integer() : declared != null && declared.whole();
        LeverSpec r = l.resolved(lo, hi, whole, declared != null ? declared.description() : "");
        for (String scaled : r.scales().keySet()) checkNumber(tree, scaled, file, where + ".scales[\"" + scaled + "\"]");
        for (double u : new double[] {0, 1}) {
            ObjectNode t = tree.deepCopy();
            ScenarioPaths.set(t, r.path(), OptimiseProblem.number(r.value(u), whole), file, where + ".path");
            for (Map.Entry<String, Double> s : r.scales().entrySet()) ScenarioPaths.set(t, s.getKey(), OptimiseProblem.number(r.value(u) * s.getValue(), false), file, where);
            try {
                ScenarioLoader.bind(t, file);
            } catch (InputException e) {
                if (e.expected() == null) throw e;
                throw new InputException(file, where + "." + (u == 0 ? "min" : "max"), "a value " + r.path() + " can hold: " + e.expected(), e.found());
            }
        }
        return r;
    }

    /** The instrument's own declaration of the lever a path ends in ({@code ...policies.<instrument>.<field>}), or null. */
    static Lever declared(String path) {
        ScenarioPath p;
        try {
            p = new ScenarioPath(path);
        } catch (InputException e) {
            return null; // a malformed path is reported where the lever is checked
        }
        InstrumentKind kind = p.instrument() == null ? null : InstrumentCatalog.installed().get(p.instrument());
        return kind == null || p.field() == null ? null : kind.lever(p.field());
    }

    private static void checkNumber(ObjectNode tree, String path, String file, String where) {
        List<JsonNode> found = ScenarioPaths.getAll(tree, path);
        if (found.isEmpty()) throw new InputException(file, where, "a path to a number in the scenario", "\"" + path + "\", which the scenario does not have");
        for (JsonNode n : found) {
            if (!n.isNumber()) throw new InputException(file, where, "a path to a number in the scenario", "\"" + path + "\" holding " + n);
        }
    }

    /** Race seeds follow the search seeds; the verdict's seeds must be apart from both. */
    private static void checkSeeds(OptimiseSpec spec, String file) {
        long used = spec.replications() + (long) Racing.rounds(spec.search().finalists()) * spec.search().raceReplications();
        ValidationSpec v = spec.validation();
        if (v.seed() < spec.seed() + used && spec.seed() < v.seed() + v.replications()) {
            throw new InputException(file, "validation.seed", "seeds apart from the search's and the race's " + spec.seed() + ".." + (spec.seed() + used - 1),
                    Long.toString(v.seed()));
        }
    }

    private static List<OptimiseProblem.HandWritten> packages(Path file, OptimiseProblem p) {
        OptimiseSpec spec = p.spec();
        LoadedScenario base = p.base();
        Path packagesFile = file.toAbsolutePath().getParent().resolve(spec.packages()).normalize();
        if (!java.nio.file.Files.isRegularFile(packagesFile)) {
            throw new InputException(file.toString(), "packages", "an experiment file of hand-written packages (relative to this file)",
                    "\"" + spec.packages() + "\", which does not exist");
        }
        Experiment e = ExperimentLoader.load(ScenarioReference.relativeIfPossible(packagesFile));
        if (!e.base().file().toAbsolutePath().normalize().equals(base.file().toAbsolutePath().normalize())) {
            throw new InputException(file.toString(), "packages", "packages on the scenario " + base.file(), "packages on " + e.base().file());
        }
        Map<String, Map<String, JsonNode>> sets = new java.util.HashMap<>();
        e.spec().variants().forEach(v -> sets.put(v.name(), v.set()));
        List<OptimiseProblem.HandWritten> out = new ArrayList<>();
        for (Variant v : e.variants()) {
            if (v.name().matches("(b\\d+-)?g\\d+-c\\d+")) {
                throw new InputException(e.file().toString(), "variants", "package names unlike the optimiser's candidates (b1-g01-c01, g01-c01)", "\"" + v.name() + "\"");
            }
            // The package's settings over this file's base (with its "set"), read at the levers' paths.
            ObjectNode tree = base.tree().deepCopy();
            Map<String, JsonNode> set = sets.getOrDefault(v.name(), Map.of());
            set.forEach((path, value) -> ScenarioPaths.set(tree, path, value, e.file().toString(), "variants"));
            double budget = ScenarioPaths.get(tree, spec.budget().path()).asDouble();
            out.add(new OptimiseProblem.HandWritten(v.name(), v.description(), v.scenario(), budget, sets.containsKey(v.name()) ? p.unit(tree) : null));
        }
        return List.copyOf(out);
    }

    private static String fingerprint(JsonNode file, LoadedScenario base, List<OptimiseProblem.HandWritten> packages) {
        ObjectNode all = JsonNodeFactory.instance.objectNode();
        all.put("version", Version.get());
        all.set("optimise", file);
        all.set("scenario", base.tree());
        var p = all.putArray("packages");
        for (OptimiseProblem.HandWritten h : packages) p.add(StrictJson.mapper().valueToTree(h.scenario()));
        return Fingerprint.of(all);
    }
}
