package parksim.core;

/**
 * Bad input, told the way a user can act on it: the file, where in it (a JSON path such as
 * {@code parks[0].policies.rentSubsidy.share}, or line and column), what was expected and what
 * was found. The command line prints the message alone, without a stack trace.
 */
public final class InputException extends RuntimeException {
    private final String file;
    private final String location;
    private final String expected;
    private final String found;

    public InputException(String file, String location, String expected, String found) {
        super(file + (location == null || location.isEmpty() ? "" : ": " + location) + ": expected " + expected + ", found " + found);
        this.file = file;
        this.location = location;
        this.expected = expected;
        this.found = found;
    }

    /** A problem that is not a mismatch, e.g. a file that cannot be read. */
    public InputException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
        this.location = "";
        this.expected = null;
        this.found = null;
    }

    /**
     * The same mismatch found in a part of a file that was read on its own: {@code prefix} is where
     * that part stands in the file (e.g. {@code targets[2]}).
     */
    public InputException under(String prefix) {
        if (expected == null) return this;
        String at = location == null || location.isEmpty() ? prefix : location.startsWith("[") ? prefix + location : prefix + "." + location;
        return new InputException(file, at, expected, found);
    }

    public String file() { return file; }

    /** What was expected, or null for a message that is not a mismatch. */
    public String expected() { return expected; }

    public String found() { return found; }

    public String location() { return location; }
}
