package parksim.calibrate;

import java.util.List;
import parksim.core.FieldException;
import parksim.core.Require;

/**
 * A parameter to fit: the scenario paths it sets (all to the same value; {@code *} allowed), its bounds,
 * an optional starting value, whether it is a whole number (e.g. months), and optionally the scenarios it
 * applies to (default: every scenario of the targets).
 */
public record FreeParameter(String name, String description, List<String> paths, Double min, Double max, Double start,
                            Boolean integer, List<String> scenarios) {
    public FreeParameter {
        Require.id(name, "name");
        if (description == null) description = "";
        paths = Require.nonEmpty(paths, "paths");
        Require.finite(min, "min");
        Require.finite(max, "max");
        if (!(max > min)) throw new FieldException("max", "a number > min (" + min + ")", max);
        if (start != null && !(start >= min && start <= max)) {
            throw new FieldException("start", "a number within [" + min + ", " + max + "]", start);
        }
        if (integer == null) integer = false;
        if (integer && Math.floor(max) - Math.ceil(min) < 1) {
            throw new FieldException("integer", "a range [min, max] holding at least two whole numbers for an integer parameter", "[" + min + ", " + max + "]");
        }
        if (integer && start != null && start != Math.rint(start)) throw new FieldException("start", "a whole number (the parameter is an integer)", start);
        if (scenarios != null && scenarios.isEmpty()) {
            throw new FieldException("scenarios", "a non-empty list of scenario names (leave the field out for every scenario)", "[]");
        }
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    public double initial() { return start != null ? start : (min + max) / 2; }

    public boolean appliesTo(String scenario) { return scenarios.isEmpty() || scenarios.contains(scenario); }

    /** The value at a point in [0, 1] of the normalised search space. */
    public double fromUnit(double u) {
        double v = min + Math.max(0, Math.min(1, u)) * (max - min);
        return integer ? Math.round(v) : v;
    }

    public double toUnit(double v) { return (v - min) / (max - min); }
}
