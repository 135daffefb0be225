package parksim.experiment;

import java.util.List;
import parksim.scenario.Scenario;

/**
 * Per-replicate parameter draws (from a calibration's posterior sample): the scenario a replicate runs,
 * chosen reproducibly from its seed, and what to record about the draw. {@link #NONE} changes nothing.
 */
public interface ReplicateDraws {
    /** {@code scenario} with the parameters drawn for the replicate that runs with {@code seed}. */
    Scenario apply(Scenario scenario, long seed);

    /** The extra per-run columns that record the draw (e.g. {@code posterior_draw} and one per parameter). */
    List<String> columns();

    /** Their values for the replicate that runs with {@code seed}. */
    List<String> values(long seed);

    /** Identifies the draws' content ("" for none), so that results with other draws are never resumed or merged. */
    String fingerprint();

    ReplicateDraws NONE = new ReplicateDraws() {
        @Override
        public Scenario apply(Scenario scenario, long seed) { return scenario; }

        @Override
        public List<String> columns() { return List.of(); }

        @Override
        public List<String> values(long seed) { return List.of(); }

        @Override
        public String fingerprint() { return ""; }
    };
}
