package parksim.scenario;

import java.io.Serializable;
import parksim.core.Require;

/**
 * Further phases of floor a park's zone can build: once the floor taken (reserved by signed firms
 * or occupied) reaches {@code occupancyThreshold} of the floor built or under construction, a phase
 * of {@code phaseFloorArea} m² (less if the land's plot ratio leaves less) is started, if the
 * construction budget still covers it; it completes {@code leadMonths} later. One phase at a time.
 *
 * @param build              whether the zone builds further phases at all (the "build phase 2" lever)
 * @param phaseFloorArea     m² a phase adds
 * @param costPerM2          construction cost, ¥ per m² of floor (paid when the phase is started)
 * @param leadMonths         months from the decision to the phase's completion
 * @param occupancyThreshold share of the floor taken at which the next phase is started
 * @param constructionBudget ¥ the zone can spend on construction over the run, apart from the incentive money
 */
public record ExpansionSpec(Boolean build, Double phaseFloorArea, Double costPerM2, Integer leadMonths,
                            Double occupancyThreshold, Double constructionBudget) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ExpansionSpec {
        if (build == null) build = true;
        Require.positive(phaseFloorArea, "phaseFloorArea");
        Require.atLeast(costPerM2, 0, "costPerM2");
        Require.count(leadMonths, 0, "leadMonths");
        Require.share(occupancyThreshold, "occupancyThreshold");
        Require.atLeast(constructionBudget, 0, "constructionBudget");
    }
}
