package parksim.core;

import java.util.List;
import java.util.Map;

/** Checks used by the scenario records' compact constructors; each names the field it checks. */
public final class Require {
    private Require() {}

    public static <T> T present(T value, String field, String expected) {
        if (value == null) throw new FieldException(field, expected, null);
        return value;
    }

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) throw new FieldException(field, "a non-empty text", value);
        return value;
    }

    public static String id(String value, String field) {
        text(value, field);
        if (!value.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new FieldException(field, "an id of letters, digits, '_', '.' or '-'", value);
        }
        return value;
    }

    public static double atLeast(Double value, double min, String field) {
        present(value, field, "a number >= " + fmt(min));
        if (!Double.isFinite(value) || value < min) throw new FieldException(field, "a number >= " + fmt(min), value);
        return value;
    }

    public static double positive(Double value, String field) {
        present(value, field, "a number > 0");
        if (!Double.isFinite(value) || value <= 0) throw new FieldException(field, "a number > 0", value);
        return value;
    }

    public static double share(Double value, String field) {
        present(value, field, "a share in [0, 1]");
        if (!(value >= 0 && value <= 1)) throw new FieldException(field, "a share in [0, 1]", value);
        return value;
    }

    public static double between(Double value, double min, double max, String field) {
        String expected = "a number in [" + fmt(min) + ", " + fmt(max) + "]";
        present(value, field, expected);
        if (!(value >= min && value <= max)) throw new FieldException(field, expected, value);
        return value;
    }

    public static double finite(Double value, String field) {
        present(value, field, "a number");
        if (!Double.isFinite(value)) throw new FieldException(field, "a finite number", value);
        return value;
    }

    public static int count(Integer value, int min, String field) {
        present(value, field, "a whole number >= " + min);
        if (value < min) throw new FieldException(field, "a whole number >= " + min, value);
        return value;
    }

    /**
     * A seed MASON can use: its generator keeps only 32 bits of a seed, so a larger one would silently
     * run as another. {@code replicates} consecutive seeds from {@code seed} must all fit.
     */
    public static long seed(Long seed, int replicates, String field) {
        String expected = "a whole number from " + Integer.MIN_VALUE + " to " + (Integer.MAX_VALUE - Math.max(0, replicates - 1))
                + (replicates > 1 ? " (seeds seed .. seed + " + (replicates - 1) + " are used)" : "") + "; MASON keeps 32 bits of a seed";
        present(seed, field, expected);
        if (seed < Integer.MIN_VALUE || seed + Math.max(0, replicates - 1) > Integer.MAX_VALUE) throw new FieldException(field, expected, seed);
        return seed;
    }

    public static <T> List<T> list(List<T> value, String field) {
        return value == null ? List.of() : List.copyOf(value);
    }

    public static <T> List<T> nonEmpty(List<T> value, String field) {
        if (value == null || value.isEmpty()) throw new FieldException(field, "a non-empty list", value == null ? null : "[]");
        return List.copyOf(value);
    }

    public static <K, V> Map<K, V> map(Map<K, V> value) {
        return value == null ? Map.of() : value;
    }

    /** Checks that an optional window of months runs forwards. */
    public static void ordered(CalendarMonth start, CalendarMonth end, String endField) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new FieldException(endField, "a month not before start " + start, end.toString());
        }
    }

    public static String fmt(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return String.valueOf(v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v);
        return String.valueOf(v);
    }
}
