package parksim.policy;

/**
 * A parameter of an instrument that a user may change while watching a run (the GUI's Model tab):
 * its field in the instrument's JSON object, a label with its unit, its range, whether it is a whole
 * number, and what it does. Instruments declare theirs in their kind ({@link InstrumentKind}).
 */
public record Lever(String field, String label, double min, double max, boolean whole, String description)
        implements java.io.Serializable {
    public static Lever number(String field, String label, double min, double max, String description) {
        return new Lever(field, label, min, max, false, description);
    }

    public static Lever whole(String field, String label, int min, int max, String description) {
        return new Lever(field, label, min, max, true, description);
    }
}
