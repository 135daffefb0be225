package parksim.observe;

import java.io.Serializable;

/**
 * What every result row carries so that files can be concatenated and compared: which run,
 * of which scenario and variant, which replicate, and the seed that reproduces it.
 */
public record RunIdentity(String runId, String scenario, String variant, int replicate, long seed) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static RunIdentity of(String scenario, String variant, int replicate, long seed) {
        return new RunIdentity(variant + "-r" + padded(replicate), scenario, variant, replicate, seed);
    }

    /** {@code %03d}, without a Formatter: every planned run's id is made several times in a sweep. */
    private static String padded(int replicate) {
        if (replicate < 0) return String.format("%03d", replicate);
        String digits = Integer.toString(replicate);
        return digits.length() >= 3 ? digits : "000".substring(digits.length()) + digits;
    }
}
