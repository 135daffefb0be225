package parksim.model;

import java.io.Serializable;

/**
 * Counter-based random draws: each uniform is a pure function of the run's key, the firm (or
 * prospect), the decision and the month. So a firm's draws never depend on what other firms did,
 * nor on how many draws it made before: a policy that changes one firm's fate leaves every other
 * firm's random numbers as they were, which is what makes paired policy comparisons precise.
 *
 * <p>The run's key comes from the simulation's own generator ({@link RandomStreams}); the mixing is
 * SplitMix64's finaliser (Steele, Lea and Flood 2014), cheap enough to call per decision.
 */
public final class Draws implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The decisions that draw a random number. */
    public enum Decision { AWARENESS, CHOICE, CONCLUDE, SIGN, WITHDRAW, EXIT, LISTING, INVEST, SIZE, PRODUCTIVITY }

    private final long key;

    public Draws(long key) { this.key = key; }

    /** A uniform number in [0, 1) for {@code entity}'s {@code decision} in month {@code month}. */
    public double uniform(long entity, Decision decision, int month) {
        return uniform(entity, decision, month, 0);
    }

    /** As {@link #uniform(long, Decision, int)}, for one of several draws of the same decision ({@code index}, e.g. a park). */
    public double uniform(long entity, Decision decision, int month, int index) {
        return uniform(entity, counter(decision, month, index));
    }

    /**
     * The draw's counter (decision, month, index) mixed once, for a loop that draws it for many entities:
     * {@code uniform(entity, counter(d, m, i))} is {@code uniform(entity, d, m, i)}, bit for bit.
     */
    public static long counter(Decision decision, int month, int index) {
        return mix(((long) decision.ordinal() << 56) ^ ((long) index << 32) ^ (month & 0xffffffffL));
    }

    /** As {@link #uniform(long, Decision, int, int)}, with its counter mixed beforehand by {@link #counter}. */
    public double uniform(long entity, long counter) {
        long z = mix(key ^ mix(entity * 0x9E3779B97F4A7C15L ^ counter));
        return (z >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
