package parksim.core;

/** A point estimate with its 95 % bootstrap percentile interval; NaN throughout where it cannot be estimated. */
public record Estimate(double value, double low, double high) {
    public static final Estimate UNDEFINED = new Estimate(Double.NaN, Double.NaN, Double.NaN);

    public boolean covers(double x, double tolerance) {
        return x >= low - tolerance && x <= high + tolerance;
    }
}
