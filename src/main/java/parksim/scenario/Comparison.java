package parksim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a simulated value is compared with a target's value, within the target's tolerance. */
public enum Comparison {
    @JsonProperty("atLeast") AT_LEAST,
    @JsonProperty("atMost") AT_MOST,
    @JsonProperty("equals") EQUALS;

    public boolean met(double simulated, double value, double tolerance) {
        return switch (this) {
            case AT_LEAST -> simulated >= value - tolerance;
            case AT_MOST -> simulated <= value + tolerance;
            case EQUALS -> Math.abs(simulated - value) <= tolerance;
        };
    }

    public String symbol() {
        return switch (this) {
            case AT_LEAST -> ">=";
            case AT_MOST -> "<=";
            case EQUALS -> "=";
        };
    }
}
