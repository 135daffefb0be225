package parksim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The stage an initial tenant is in at the scenario's start. */
public enum TenantStage {
    @JsonProperty("signed") SIGNED,
    @JsonProperty("fitting_out") FITTING_OUT,
    @JsonProperty("trial") TRIAL,
    @JsonProperty("operating") OPERATING
}
