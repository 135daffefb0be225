package parksim.model;

import ec.util.MersenneTwisterFast;

/**
 * Named random streams derived from the run's seed. Arrivals draw from their own stream, so two
 * policy variants run with the same seed meet the same prospects (common random numbers); the
 * prospects' choices, the pipeline and operations each have theirs.
 */
public final class RandomStreams {
    public static final String ARRIVALS = "arrivals";
    public static final String CHOICE = "choice";
    public static final String PIPELINE = "pipeline";
    public static final String OPERATIONS = "operations";

    private RandomStreams() {}

    public static MersenneTwisterFast stream(long seed, String name) {
        // MersenneTwisterFast(long) keeps only 32 bits of the seed: seed it with both halves and the name.
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), name.hashCode(), name.length()});
    }
}
