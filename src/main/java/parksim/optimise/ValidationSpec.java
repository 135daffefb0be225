package parksim.optimise;

import parksim.calibrate.Seeds;
import parksim.core.Require;

/** The fresh seeds the chosen packages, the baseline and the hand-written packages are re-run on for the verdict. */
public record ValidationSpec(Long seed, Integer replications) {
    public ValidationSpec {
        if (seed == null) seed = Seeds.VALIDATION;
        if (replications == null) replications = 40;
        Require.count(replications, 2, "replications");
        Require.seed(seed, replications, "seed");
    }

    public static ValidationSpec defaults() { return new ValidationSpec(null, null); }
}
