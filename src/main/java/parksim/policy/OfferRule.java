package parksim.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an administration does when a prospect's package costs more than its budget has left.
 * {@code scale}: every term is scaled down so that the expected cost fits what is left;
 * {@code allOrNothing}: the whole package or nothing.
 */
public enum OfferRule {
    @JsonProperty("scale") SCALE,
    @JsonProperty("allOrNothing") ALL_OR_NOTHING
}
