package parksim.optimise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parksim.experiment.Recording;
import parksim.experiment.ReplicateDraws;
import parksim.experiment.Variant;
import parksim.scenario.LoadedScenario;
import parksim.scenario.Scenario;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.ScenarioPaths;
import parksim.sensitivity.study.OutputSpec;

/**
 * An optimisation file resolved against its scenario: the levers with their ranges, the outputs with their park, the
 * hand-written packages to compare with. A candidate is a point of the unit cube of the levers' ranges; it reaches the
 * model only as values set at scenario paths, like a sweep's variant.
 *
 * @param outputs the objective, then the cost if there is one
 * @param packages the hand-written packages (none without a packages file), the first being their baseline
 */
public record OptimiseProblem(Path file, OptimiseSpec spec, LoadedScenario base, List<LeverSpec> levers, List<OutputSpec> outputs,
                              List<HandWritten> packages, String fingerprint, ReplicateDraws draws) {

    /**
     * A package of the packages file: its scenario, the budget it is given there, and its settings of the levers as a
     * point of the unit cube (clamped to the levers' ranges), which a search starts from.
     */
    public record HandWritten(String name, String description, Scenario scenario, double budget, double[] unit) {}

    /** The levers searched: with a front, the budget is the last. */
    public int dimension() { return levers.size() + (spec.front() ? 1 : 0); }

    /** The same problem judged across posterior draws: each replicate's parameters drawn from its seed. */
    public OptimiseProblem withDraws(ReplicateDraws d) {
        return new OptimiseProblem(file, spec, base, levers, outputs, packages, fingerprint + "+" + d.fingerprint(), d);
    }

    /** The base scenario's lever values as a point of the unit cube (where CMA-ES starts and NSGA-II seeds its first population). */
    public double[] start() {
        return unit(base.tree());
    }

    /** A scenario tree's lever values (and budget, with a front) as a point of the unit cube. */
    double[] unit(JsonNode tree) {
        double[] u = new double[dimension()];
        if (spec.front()) u[levers.size()] = spec.budget().unit(ScenarioPaths.get(tree, spec.budget().path()).asDouble());
        for (int i = 0; i < levers.size(); i++) {
            JsonNode v = ScenarioPaths.get(tree, levers.get(i).path());
            u[i] = v != null && v.isNumber() ? levers.get(i).unit(v.asDouble()) : 0;
        }
        return u;
    }

    /** Where NSGA-II's first generation starts: the scenario's own settings, then each hand-written package's. */
    public List<double[]> starts() {
        List<double[]> s = new java.util.ArrayList<>(List.of(start()));
        for (HandWritten h : packages) if (h.unit() != null && s.stream().noneMatch(x -> java.util.Arrays.equals(x, h.unit()))) s.add(h.unit());
        return s;
    }

    /** The budget a candidate runs with: its budget lever with a front, otherwise {@code track}'s. */
    public double budget(double[] unit, double track) {
        return spec.front() ? spec.budget().at(unit[levers.size()]) : track;
    }

    /** The lever values of a unit-cube point (the budget apart). */
    public double[] values(double[] unit) {
        double[] v = new double[levers.size()];
        for (int i = 0; i < v.length; i++) v[i] = levers.get(i).value(unit[i]);
        return v;
    }

    /** What a candidate sets: the budget, each lever, and the paths scaled with it. */
    public Map<String, JsonNode> settings(double[] values, double budget) {
        Map<String, JsonNode> set = new LinkedHashMap<>();
        set.put(spec.budget().path(), number(budget, false));
        for (int i = 0; i < levers.size(); i++) {
            LeverSpec l = levers.get(i);
            set.put(l.path(), number(values[i], l.integer()));
            for (Map.Entry<String, Double> s : l.scales().entrySet()) set.put(s.getKey(), number(values[i] * s.getValue(), false));
        }
        return set;
    }

    /** A candidate as a sweep variant. */
    public Variant variant(String name, double[] values, double budget) {
        Map<String, JsonNode> set = settings(values, budget);
        ObjectNode tree = base.tree().deepCopy();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> s : set.entrySet()) {
            ScenarioPaths.set(tree, s.getKey(), s.getValue(), file.toString(), "levers");
            texts.put(s.getKey(), text(s.getValue()));
        }
        Scenario scenario = ScenarioLoader.bind(tree, file + ": candidate " + name + " " + texts + " gives an invalid scenario: " + base.file());
        return new Variant(name, "", scenario, texts);
    }

    /** Year ends suffice when every output is a December; that keeps the batches' timeseries.csv small. */
    public Recording recording() {
        return outputs.stream().allMatch(o -> o.month().month() == 12) ? new Recording(0, true) : Recording.MONTHLY;
    }

    static JsonNode number(double v, boolean integer) {
        return integer || (v == Math.rint(v) && Math.abs(v) < 1e15) ? JsonNodeFactory.instance.numberNode(Math.round(v))
                : JsonNodeFactory.instance.numberNode(v);
    }

    static String text(JsonNode n) {
        return n.isIntegralNumber() ? n.asText() : BigDecimal.valueOf(n.asDouble()).stripTrailingZeros().toPlainString();
    }
}
