package parksim.optimise;

import java.util.List;
import parksim.core.FieldException;
import parksim.core.Require;

/**
 * The budgets to recommend a package for, and the scenario path that holds a park's budget (the model rations what a
 * package can spend to it). A single-objective search runs once per budget with the path set to it; a front is searched
 * once with the path at the largest budget and read off at each (a package whose spend stays within a smaller budget
 * never meets the larger cap either).
 */
public record BudgetSpec(String path, List<Double> values) {
    public BudgetSpec {
        Require.text(path, "path");
        values = Require.nonEmpty(values, "values");
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null || !(v > 0) || v.isInfinite()) throw new FieldException("values[" + i + "]", "a budget > 0", v);
            if (i > 0 && !(v > values.get(i - 1))) throw new FieldException("values[" + i + "]", "budgets in increasing order", v);
        }
    }

    public double largest() { return values.get(values.size() - 1); }
}
