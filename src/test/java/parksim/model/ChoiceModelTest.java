package parksim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.core.Segment;
import parksim.policy.Offer;
import parksim.scenario.Scenario;

class ChoiceModelTest {
    private static final Prospect STORAGE_PROJECT = new Prospect(1, Segment.STORAGE, 150e6, 60e6, 6000, 90e6, 48, 1.0);

    /** The chance that a prospect who knows only this park picks it over going elsewhere. */
    private static double chance(Scenario scenario, Prospect p) {
        ParkSimulation sim = TestScenarios.started(scenario);
        Park park = sim.parks().get(0);
        Offer.Priced offer = sim.choiceModel().quote(park, p, sim.clock().month(), 0);
        return sim.choiceModel().probabilities(p, List.of(park), List.of(offer))[0];
    }

    @Test
    void aHigherRentSubsidyRaisesTheParksChoiceProbability() {
        double low = chance(TestScenarios.with("yanji-hindcast", "parks[0].policies.rentSubsidy.share", 0.2), STORAGE_PROJECT);
        double high = chance(TestScenarios.with("yanji-hindcast", "parks[0].policies.rentSubsidy.share", 0.8), STORAGE_PROJECT);
        assertTrue(high > low, "rent subsidy 80% gives " + high + ", 20% gives " + low);
    }

    @Test
    void cheaperRentRaisesTheChoiceProbability() {
        double dear = chance(TestScenarios.with("yanji-hindcast", "parks[0].rentPerM2", 60), STORAGE_PROJECT);
        double cheap = chance(TestScenarios.with("yanji-hindcast", "parks[0].rentPerM2", 10), STORAGE_PROJECT);
        assertTrue(cheap > dear);
    }

    @Test
    void operatingTenantsOfTheSameAndComplementarySegmentsAttract() {
        // At the projection's start Yanji has storage, research and production tenants operating.
        // A budget too large to run out, so that both parks make the same offers.
        Scenario withTenants = TestScenarios.with("yanji-projection", "parks[0].budget", 1e12);
        Scenario empty = TestScenarios.with("yanji-projection", "parks[0].budget", 1e12, "parks[0].tenants", List.of(), "targets", List.of());
        assertTrue(chance(withTenants, STORAGE_PROJECT) > chance(empty, STORAGE_PROJECT));
        Prospect therapy = new Prospect(2, Segment.THERAPY, 150e6, 60e6, 6000, 90e6, 48, 1.0);
        assertTrue(chance(withTenants, therapy) > chance(empty, therapy), "complementary storage and research tenants attract therapy");
    }

    @Test
    void probabilitiesOverParksAndTheOutsideOptionSumToOne() {
        ParkSimulation sim = TestScenarios.started(TestScenarios.load("china-cell-parks").scenario());
        List<Park> parks = sim.parks();
        List<Offer.Priced> offers = parks.stream().map(p -> sim.choiceModel().quote(p, STORAGE_PROJECT, sim.clock().month(), 0)).toList();
        double[] probabilities = sim.choiceModel().probabilities(STORAGE_PROJECT, parks, offers);
        assertEquals(parks.size() + 1, probabilities.length);
        double sum = 0;
        for (double v : probabilities) {
            assertTrue(v > 0 && v < 1);
            sum += v;
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void aSpentBudgetQuotesNoIncentives() {
        Scenario broke = TestScenarios.with("yanji-hindcast", "parks[0].budget", 0, "parks[0].appropriations", java.util.Map.of());
        ParkSimulation sim = TestScenarios.started(broke);
        Offer.Priced quoted = sim.choiceModel().quote(sim.parks().get(0), STORAGE_PROJECT, sim.clock().month(), 0);
        assertFalse(quoted.offer().hasIncentive(), "nothing left to promise: " + quoted.offer());
        assertEquals(0, sim.parks().get(0).budget().firstShortMonth(), "the cut is recorded as the month the budget ran out");
        double funded = chance(TestScenarios.load("yanji-hindcast").scenario(), STORAGE_PROJECT);
        assertTrue(chance(broke, STORAGE_PROJECT) < funded);
    }
}
