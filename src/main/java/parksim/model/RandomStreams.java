package parksim.model;

import ec.util.MersenneTwisterFast;

/**
 * Named random streams derived from the run's seed. Arrivals draw from their own stream, so two
 * policy variants run with the same seed meet the same prospects (common random numbers). Every
 * decision of a prospect or firm draws from {@link Draws}, keyed by a number taken from the
 * {@link #DRAWS} stream, so each firm has a stream of its own.
 */
public final class RandomStreams {
    public static final String ARRIVALS = "arrivals";
    public static final String DRAWS = "draws";

    private RandomStreams() {}

    public static MersenneTwisterFast stream(long seed, String name) {
        // MersenneTwisterFast(long) keeps only 32 bits of the seed: seed it with both halves and the name.
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), name.hashCode(), name.length()});
    }

    /** The per-firm draws of a run. */
    public static Draws draws(long seed) {
        return new Draws(stream(seed, DRAWS).nextLong());
    }
}
