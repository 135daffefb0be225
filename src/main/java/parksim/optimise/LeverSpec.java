package parksim.optimise;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import parksim.core.FieldException;
import parksim.core.Fmt;
import parksim.core.Require;

/**
 * A lever the optimiser may move: a scenario path and its range. The range and whether it is a whole number default to
 * the instrument's own {@link parksim.policy.Lever} declaration when the path ends in an instrument's field
 * ({@code parks[yanji].policies.rentSubsidy.share}); any other path needs {@code min} and {@code max}.
 *
 * @param scales further paths set in proportion to the lever, {@code path -> amount per unit of the lever}: e.g. a
 *               promotion team's monthly cost that grows with its reach, so that a lever cannot buy reach for nothing
 */
public record LeverSpec(String name, String path, Double min, Double max, Boolean integer, String description, Map<String, Double> scales) {
    public LeverSpec {
        Require.text(path, "path");
        if (name == null || name.isBlank()) name = path;
        if (description == null) description = "";
        scales = scales == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scales));
        for (Map.Entry<String, Double> s : scales.entrySet()) {
            if (s.getValue() == null || !Double.isFinite(s.getValue())) throw new FieldException("scales[\"" + s.getKey() + "\"]", "a finite number", s.getValue());
        }
        if (min != null && max != null && !(max > min)) throw new FieldException("max", "a number > min (" + Fmt.number(min) + ")", max);
    }

    /** The same lever with its range and kind filled in. */
    LeverSpec resolved(double lo, double hi, boolean whole, String text) {
        return new LeverSpec(name, path, lo, hi, whole, description.isEmpty() ? text : description, scales);
    }

    /** The value at {@code u} in [0, 1] of the range, rounded for a whole-number lever. */
    public double value(double u) {
        double v = min + Math.max(0, Math.min(1, u)) * (max - min);
        return integer ? Math.round(v) : v;
    }

    /** Where a value lies in the range, clamped to [0, 1]. */
    public double unit(double value) {
        return Math.max(0, Math.min(1, (value - min) / (max - min)));
    }
}
