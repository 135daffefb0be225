package parksim.experiment;

import java.util.List;
import parksim.core.FieldException;
import parksim.core.Require;

/**
 * An experiment file: a base scenario, named variants and/or a grid, replications and a base seed,
 * the months to run and which months to record.
 *
 * @param scenario the base scenario file, relative to the experiment file
 * @param seed     base seed; replicate r of every variant runs with seed + r
 * @param months   months to run (default: the scenario's)
 * @param firms    whether the sweep also writes {@code firms.csv} (default false: it can be large), which
 *                 {@code compare} needs to tell induced from deadweight firms
 */
public record ExperimentSpec(String name, String description, String scenario, Integer replications, Long seed,
                             Integer months, Recording record, List<VariantSpec> variants, GridSpec grid, Boolean firms) {
    public ExperimentSpec {
        Require.id(name, "name");
        if (description == null) description = "";
        Require.text(scenario, "scenario");
        Require.count(replications, 1, "replications");
        Require.seed(seed, replications, "seed");
        if (months != null) Require.count(months, 1, "months");
        if (record == null) record = Recording.MONTHLY;
        variants = Require.list(variants, "variants");
        if (firms == null) firms = false;
        if (variants.isEmpty() && grid == null) {
            throw new FieldException("variants", "at least one variant, or a grid", "neither");
        }
    }

    /** An experiment that does not write firms.csv. */
    public ExperimentSpec(String name, String description, String scenario, Integer replications, Long seed, Integer months,
                          Recording record, List<VariantSpec> variants, GridSpec grid) {
        this(name, description, scenario, replications, seed, months, record, variants, grid, false);
    }
}
