package parksim.experiment;

import parksim.observe.RunIdentity;
import parksim.scenario.Scenario;

/** One simulation to run: a scenario (after a variant's changes), its replicate index and seed. */
public record RunSpec(Scenario scenario, String variant, int replicate, long seed) {
    public RunIdentity identity() {
        return RunIdentity.of(scenario.name(), variant, replicate, seed);
    }

    /** Replicate r of a run with base seed s uses seed s + r: different streams per replicate, the same across variants. */
    public static long seedFor(long baseSeed, int replicate) {
        return baseSeed + replicate;
    }
}
