package parksim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.scenario.Scenario;

/**
 * Incentives act on where firms go. With a budget and floor that do not bind (so that only the
 * offer differs), each firm-level instrument raises the firms signed by mid-horizon (2027-12)
 * over {@value #PAIRS} paired replications (same seeds: common random numbers), by a one-sided
 * paired t-test at the 5 % level; and switching every instrument off lowers them.
 */
class IncentiveResponseTest {
    private static final int PAIRS = 30;
    private static final long FIRST_SEED = 7000;
    private static final Object[] AMPLE = {"months", 34, "parks[0].budget", 1e12, "parks[0].buildings[*].floorArea", 400000,
            "parks[0].plotRatio", 1000.0};

    private static Scenario variant(Object... pathsAndValues) {
        Object[] all = new Object[AMPLE.length + pathsAndValues.length];
        System.arraycopy(AMPLE, 0, all, 0, AMPLE.length);
        System.arraycopy(pathsAndValues, 0, all, AMPLE.length, pathsAndValues.length);
        return TestScenarios.with("yanji-projection", all);
    }

    private static double[] signed(Scenario scenario) {
        return outcome(scenario, sim -> sim.parks().get(0).signedCum() - 9);
    }

    private static double[] outcome(Scenario scenario, ToDoubleFunction<ParkSimulation> measure) {
        double[] values = new double[PAIRS];
        for (int r = 0; r < PAIRS; r++) {
            ParkSimulation sim = new ParkSimulation(scenario, FIRST_SEED + r);
            sim.start();
            sim.runToEnd();
            values[r] = measure.applyAsDouble(sim);
        }
        return values;
    }

    /** Asserts that {@code more} signs more firms than {@code less}: paired, one-sided, 5 %. */
    private static void assertRaises(String what, Scenario less, Scenario more) {
        double[] lo = signed(less), hi = signed(more);
        double diff = StatUtils.mean(hi) - StatUtils.mean(lo);
        double oneSided = new TTest().pairedTTest(hi, lo) / 2;
        assertTrue(diff > 0 && oneSided < 0.05, what + ": mean difference " + diff + " signed firms, one-sided p " + oneSided);
    }

    @Test
    void aDeeperRentSubsidySignsMoreFirms() {
        Scenario none = variant("parks[0].policies.rentSubsidy.share", 0.0);
        Scenario half = variant("parks[0].policies.rentSubsidy.share", 0.5);
        Scenario full = variant("parks[0].policies.rentSubsidy.share", 1.0);
        assertRaises("rent share 0 -> 0.5", none, half);
        assertRaises("rent share 0.5 -> 1", half, full);
    }

    @Test
    void aLargerTaxRebateSignsMoreFirms() {
        assertRaises("tax rebate 0 -> 1", variant("parks[0].policies.taxRebate.share", 0.0),
                variant("parks[0].policies.taxRebate.share", 1.0));
    }

    @Test
    void aLargerFitOutGrantSignsMoreFirms() {
        assertRaises("fit-out 0 -> 800/m2", variant("parks[0].policies.fitOutSubsidy.perM2", 0.0),
                variant("parks[0].policies.fitOutSubsidy", Map.of("perM2", 800.0, "maxPerFirm", 1e9)));
    }

    @Test
    void aLargerTalentSubsidySignsMoreFirms() {
        assertRaises("talent 0 -> 60,000 a year", variant("parks[0].policies.talentSubsidy.perEmployeePerYear", 0.0),
                variant("parks[0].policies.talentSubsidy.perEmployeePerYear", 60000.0));
    }

    @Test
    void switchingEveryInstrumentOffSignsFewerFirms() {
        assertRaises("no instruments -> the bundled package", variant("parks[0].policies", Map.of()), variant());
    }
}
