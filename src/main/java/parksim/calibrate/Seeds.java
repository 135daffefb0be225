package parksim.calibrate;

/**
 * The default seeds of calibration and validation, disjoint so that the targets are checked on runs the fit
 * never saw: {@code calibrate} (and each cross-validation fold's fit) uses seeds from {@link #CALIBRATION},
 * {@code check-targets} (and cross-validation's predictions) seeds from {@link #VALIDATION}.
 */
public final class Seeds {
    public static final long CALIBRATION = 1;
    public static final long VALIDATION = 1_000_001;

    private Seeds() {}

    /** "1..20": the seeds replicates 0..R-1 run with. */
    public static String range(long first, int replications) {
        return first + ".." + (first + replications - 1);
    }

    /** Whether two seed ranges share a seed. */
    public static boolean overlap(long a, int ra, long b, int rb) {
        return a < b + rb && b < a + ra;
    }
}
