package parksim.optimise;

import java.util.List;
import parksim.core.FieldException;
import parksim.core.Require;

/**
 * The budgets to recommend a package for, and the scenario path that holds a park's budget (the model rations what a
 * package can spend to it, so a package run with a budget spends at most that). A single-objective search runs once per
 * budget with the path set to it. A front is searched once with the budget as one more lever, from {@code min} (default
 * a quarter of the smallest budget) to the largest, and read off at each budget: the best package run with at most it.
 */
public record BudgetSpec(String path, List<Double> values, Double min) {
    public BudgetSpec {
        Require.text(path, "path");
        values = Require.nonEmpty(values, "values");
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null || !(v > 0) || v.isInfinite()) throw new FieldException("values[" + i + "]", "a budget > 0", v);
            if (i > 0 && !(v > values.get(i - 1))) throw new FieldException("values[" + i + "]", "budgets in increasing order", v);
        }
        if (min == null && !values.isEmpty()) min = values.get(0) / 4;
        if (min != null && !(min >= 0 && min < values.get(0))) throw new FieldException("min", "a budget >= 0 and below the smallest budget", min);
    }

    public double largest() { return values.get(values.size() - 1); }

    /** The budget at {@code u} in [0, 1] of the front's range, to ¥0.1M. */
    public double at(double u) {
        return Math.round((min + Math.max(0, Math.min(1, u)) * (largest() - min)) / 1e5) * 1e5;
    }

    public double unit(double budget) {
        return Math.max(0, Math.min(1, (budget - min) / (largest() - min)));
    }
}
