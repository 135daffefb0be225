package parksim.sensitivity.study;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import parksim.core.FieldException;
import parksim.core.Fmt;
import parksim.core.Require;
import parksim.scenario.ScenarioPath;

/**
 * An uncertain input: a scenario path (as in sweeps and calibration parameters; {@code *} sets every match to
 * the same value) and how its value is distributed: {@code uniform} on [min, max] (the default),
 * {@code triangular} on [min, max] with a {@code mode}, or {@code normal} with {@code mean} and {@code sd}.
 * An {@code integer} input is rounded to a whole number.
 */
public record InputSpec(String name, String path, String description, String distribution, Double min, Double max, Double mode,
                        Double mean, Double sd, Boolean integer) {
    public static final List<String> DISTRIBUTIONS = List.of("uniform", "triangular", "normal");

    public InputSpec {
        ScenarioPath.of(Require.text(path, "path"), "path"); // checked once, where the file gives it
        if (name == null || name.isBlank()) name = path;
        if (description == null) description = "";
        if (distribution == null) distribution = "uniform";
        if (!DISTRIBUTIONS.contains(distribution)) throw new FieldException("distribution", "one of " + DISTRIBUTIONS, distribution);
        if (integer == null) integer = false;
        if (distribution.equals("normal")) {
            Require.finite(mean, "mean");
            Require.positive(sd, "sd");
            if (min != null || max != null) throw new FieldException(min != null ? "min" : "max", "no bounds for a normal input (give mean and sd)", min != null ? min : max);
        } else {
            Require.finite(min, "min");
            Require.finite(max, "max");
            if (!(max > min)) throw new FieldException("max", "a number > min (" + Fmt.number(min) + ")", max);
            if (integer && Math.floor(max) - Math.ceil(min) < 1) {
                throw new FieldException("integer", "a range [min, max] holding at least two whole numbers for an integer input",
                        "[" + Fmt.number(min) + ", " + Fmt.number(max) + "]");
            }
            if (distribution.equals("triangular") && !(mode != null && mode >= min && mode <= max)) {
                throw new FieldException("mode", "a number within [" + Fmt.number(min) + ", " + Fmt.number(max) + "]", mode);
            }
        }
    }

    private RealDistribution law() {
        return switch (distribution) {
            case "triangular" -> new TriangularDistribution(min, mode, max);
            case "normal" -> new NormalDistribution(null, mean, sd);
            default -> new UniformRealDistribution(null, min, max);
        };
    }

    /** The value at quantile {@code u} in (0, 1), rounded if the input is a whole number. */
    public double value(double u) {
        double v = law().inverseCumulativeProbability(u);
        return integer ? Math.round(v) : v;
    }

    /** Where a value lies on the unit scale of its distribution (its quantile), so elementary effects are per whole range. */
    public double unit(double value) {
        return law().cumulativeProbability(value);
    }
}
