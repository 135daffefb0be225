package parksim.optimise;

/**
 * A package evaluated by the optimiser: a searched candidate (its point in the unit cube of the levers and their
 * values) or a hand-written package of the packages file ({@code unit} and {@code values} null).
 *
 * @param batch  the batch it was first evaluated in
 * @param budget the budget it runs with
 */
public record Candidate(String id, String batch, double[] unit, double[] values, double budget, String description) {
    public boolean handWritten() { return unit == null; }
}
