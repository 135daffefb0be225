package parksim.scenario;

import java.io.Serializable;

/**
 * How a park's administration adapts.
 *
 * @param steerPromotionToGaps targeted promotion follows the core segments that have no operating
 *                             tenant yet (精准招商 along the chain, figure Y11) instead of a fixed list
 */
public record AdministrationSpec(Boolean steerPromotionToGaps) implements Serializable {
    public AdministrationSpec {
        if (steerPromotionToGaps == null) steerPromotionToGaps = false;
    }

    public static AdministrationSpec passive() { return new AdministrationSpec(false); }
}
