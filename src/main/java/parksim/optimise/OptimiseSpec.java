package parksim.optimise;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import parksim.core.FieldException;
import parksim.core.Require;
import parksim.sensitivity.study.OutputSpec;

/**
 * An optimisation file: the scenario, the levers to move, the outcome to maximise (a metric of a park at a month), and
 * either budgets alone (maximise the outcome at each budget: CMA-ES) or a cost as well (the front of outcome against
 * cost: NSGA-II). Every candidate runs the same {@code replications} seeds from {@code seed} (common random numbers).
 *
 * @param packages       an experiment file of hand-written packages (relative to this file) to place on the front and beat
 * @param set            values set at scenario paths before the levers, as a variant sets them: e.g. an instrument the
 *                       scenario lacks, at zero, so that a lever can turn it up
 * @param robustQuantile with {@code --posterior}: the lower quantile (0–1) of a candidate's runs across draws that it is judged by
 */
public record OptimiseSpec(String name, String description, String scenario, List<LeverSpec> levers, OutputSpec objective,
                           OutputSpec cost, BudgetSpec budget, Integer replications, Long seed, SearchSpec search,
                           ValidationSpec validation, String packages, Double robustQuantile, Map<String, JsonNode> set) {
    public OptimiseSpec {
        Require.id(name, "name");
        if (description == null) description = "";
        Require.text(scenario, "scenario");
        levers = Require.nonEmpty(levers, "levers");
        Require.present(objective, "objective", "the outcome to maximise: {\"metric\": .., \"park\": .., \"date\": \"YYYY-MM\"}");
        Require.present(budget, "budget", "{\"path\": the park's budget path, \"values\": [budgets]}");
        Require.count(replications, 2, "replications");
        Require.seed(seed, replications, "seed");
        if (search == null) search = SearchSpec.defaults();
        if (validation == null) validation = ValidationSpec.defaults();
        if (robustQuantile == null) robustQuantile = 0.2;
        set = set == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(set));
        Require.between(robustQuantile, 0, 1, "robustQuantile");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < levers.size(); i++) {
            if (!seen.add(levers.get(i).path())) throw new FieldException("levers[" + i + "].path", "a path no other lever sets", levers.get(i).path());
        }
        for (String where : List.of("objective", "cost")) {
            OutputSpec o = where.equals("objective") ? objective : cost;
            if (o != null && (o.metric() == null || o.date() == null)) {
                throw new FieldException(where, "a metric of a park at a month {\"metric\": .., \"park\": .., \"date\": \"YYYY-MM\"}",
                        o.target() != null ? "a target" : "a year");
            }
        }
        if (seed + replications > validation.seed() && validation.seed() + validation.replications() > seed) {
            throw new FieldException("validation.seed", "seeds apart from the search's " + seed + ".." + (seed + replications - 1)
                    + " (fresh seeds for the verdict)", validation.seed());
        }
    }

    /** Whether the file asks for a front (an outcome against a cost) rather than the best outcome at each budget. */
    public boolean front() { return cost != null; }
}
