package parksim.core;

/**
 * A scenario value that is present but wrong, found while a record validates itself.
 *
 * <p>The record does not know where it sits in the file, so it names only the field relative to
 * itself; the loader prefixes the JSON path of the record to produce the full location.
 */
public final class FieldException extends IllegalArgumentException {
    private final String field;
    private final String expected;
    private final String found;

    public FieldException(String field, String expected, Object found) {
        super(field + ": expected " + expected + ", found " + describe(found));
        this.field = field;
        this.expected = expected;
        this.found = describe(found);
    }

    public String field() { return field; }
    public String expected() { return expected; }
    public String found() { return found; }

    /** The same problem, one level further out: {@code policies.share} becomes {@code parks[0].policies.share}. */
    public FieldException under(String parent) {
        String path = field.isEmpty() ? parent : (field.startsWith("[") ? parent + field : parent + "." + field);
        return new FieldException(path, expected, found, true);
    }

    private FieldException(String field, String expected, String found, boolean alreadyDescribed) {
        super(field + ": expected " + expected + ", found " + found);
        this.field = field;
        this.expected = expected;
        this.found = found;
    }

    private static String describe(Object value) {
        if (value == null) return "nothing (the field is missing or null)";
        if (value instanceof String s) return "\"" + s + "\"";
        if (value instanceof Double || value instanceof Float) return Require.fmt(((Number) value).doubleValue());
        return String.valueOf(value);
    }
}
