package parksim.observe;

import java.io.Serializable;

/**
 * What every result row carries so that files can be concatenated and compared: which run,
 * of which scenario and variant, which replicate, and the seed that reproduces it.
 */
public record RunIdentity(String runId, String scenario, String variant, int replicate, long seed) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static RunIdentity of(String scenario, String variant, int replicate, long seed) {
        return new RunIdentity(String.format("%s-r%03d", variant, replicate), scenario, variant, replicate, seed);
    }
}
