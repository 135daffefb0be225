package parksim.core;

/**
 * Bad input, told the way a user can act on it: the file, where in it (a JSON path such as
 * {@code parks[0].policies.rentSubsidy.share}, or line and column), what was expected and what
 * was found. The command line prints the message alone, without a stack trace.
 */
public final class InputException extends RuntimeException {
    private final String file;
    private final String location;

    public InputException(String file, String location, String expected, String found) {
        super(file + (location == null || location.isEmpty() ? "" : ": " + location) + ": expected " + expected + ", found " + found);
        this.file = file;
        this.location = location;
    }

    /** A problem that is not a mismatch, e.g. a file that cannot be read. */
    public InputException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
        this.location = "";
    }

    public String file() { return file; }

    public String location() { return location; }
}
