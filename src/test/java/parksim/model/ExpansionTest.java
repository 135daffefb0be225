package parksim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.core.InputException;
import parksim.scenario.Scenario;

/**
 * A zone builds further phases when its park fills up: never beyond land × plot ratio or its
 * construction budget, only once the floor taken passes the threshold, completing after the lead
 * time; and a second phase turns fewer prospects away for lack of floor (paired, 20 seeds,
 * one-sided paired t-test at 5 %).
 */
class ExpansionTest {
    private static final Scenario BUILDS = TestScenarios.with("yanji-projection", "parks[0].expansion.build", true);

    @Test
    void phasesStayWithinTheLandAndTheConstructionBudgetAndStartOnlyWhenTheParkIsFull() {
        int built = 0;
        for (long seed = 1; seed <= 5; seed++) {
            ParkSimulation sim = new ParkSimulation(BUILDS, seed);
            sim.start();
            Park park = sim.parks().get(0);
            int buildings = park.buildings().size();
            double limit = park.spec().landArea() * park.spec().plotRatio();
            while (sim.stepMonth()) {
                double taken = 0, total = 0;
                for (Building b : park.buildings()) {
                    taken += b.reserved();
                    total += b.floorArea();
                }
                assertTrue(park.totalFloor() <= limit + 1e-6, "floor within land x plot ratio");
                assertTrue(park.constructionSpent() <= park.constructionBudget() + 1e-6, "within the construction budget");
                if (park.buildings().size() > buildings) {
                    Building phase = park.buildings().get(park.buildings().size() - 1);
                    double before = total - phase.floorArea();
                    assertTrue(taken / before >= BUILDS.parks().get(0).expansion().occupancyThreshold() - 1e-9,
                            "a phase starts only once the floor taken passes the threshold");
                    assertEquals(sim.clock().index() + 24, phase.completesAt(), "it completes after the lead time");
                    assertEquals(phase.floorArea() * 5700, park.constructionSpent() - spentBefore(park, phase), 1e-3);
                    buildings = park.buildings().size();
                    built++;
                }
            }
        }
        assertTrue(built >= 3, "the projection fills up in most runs, so phase 2 gets built: " + built + " phases in 5 runs");
    }

    private static double spentBefore(Park park, Building phase) {
        double other = 0;
        for (Building b : park.buildings()) if (b != phase && b.id().startsWith("phase-")) other += b.floorArea() * 5700;
        return other;
    }

    @Test
    void aSecondPhaseTurnsFewerProspectsAwayForLackOfFloor() {
        Scenario shipped = TestScenarios.load("yanji-projection").scenario();
        int pairs = 20;
        double[] without = new double[pairs], with = new double[pairs];
        for (int r = 0; r < pairs; r++) {
            without[r] = turnedAway(shipped, 500 + r);
            with[r] = turnedAway(BUILDS, 500 + r);
        }
        double diff = StatUtils.mean(with) - StatUtils.mean(without);
        double oneSided = new TTest().pairedTTest(with, without) / 2;
        assertTrue(diff < 0 && oneSided < 0.05, "turned away: mean difference " + diff + ", one-sided p " + oneSided);
    }

    private static double turnedAway(Scenario s, long seed) {
        ParkSimulation sim = new ParkSimulation(s, seed);
        sim.start();
        sim.runToEnd();
        return sim.parks().get(0).turnedAwayNoFloorCum();
    }

    @Test
    void buildingsBeyondWhatTheLandAllowsAreRefused() {
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> TestScenarios.with("yanji-projection", "parks[0].plotRatio", 2.0));
        assertTrue(e.getMessage().contains("parks[0].plotRatio") && e.getMessage().contains("at least 2.82"), e.getMessage());
        assertNull(TestScenarios.load("yanji-hindcast").scenario().parks().get(0).expansion(), "no expansion unless the scenario gives one");
    }
}
