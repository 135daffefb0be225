package parksim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.scenario.Scenario;

class MarketTest {
    private static List<Prospect> arrivals(Scenario s, int months) {
        ParkSimulation sim = TestScenarios.started(s);
        List<Prospect> all = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            sim.stepMonth();
            all.addAll(sim.market().arrivals());
        }
        return all;
    }

    @Test
    void policyVariantsWithTheSameSeedMeetTheSameProspects() {
        List<Prospect> base = arrivals(TestScenarios.load("yanji-hindcast").scenario(), 24);
        List<Prospect> generous = arrivals(TestScenarios.with("yanji-hindcast", "parks[0].policies.rentSubsidy.share", 1.0,
                "parks[0].visibility", 0.5), 24);
        assertEquals(base, generous);
        assertNotEquals(base, arrivals(TestScenarios.with("yanji-hindcast", "seed", 7), 24), "another seed, other prospects");
    }

    @Test
    void arrivalsFollowTheSegmentRates() {
        Scenario s = TestScenarios.with("yanji-hindcast", "model.firms.productivitySpread", 0.25);
        List<Prospect> all = arrivals(s, 24);
        double expected = 0;
        for (var m : s.market().segments().values()) {
            for (int month = 0; month < 24; month++) expected += m.arrivalsPerMonth() * Math.pow(1 + m.arrivalsGrowth(), month / 12.0);
        }
        assertEquals(expected, all.size(), 4 * Math.sqrt(expected), "Poisson total within four standard deviations");
    }
}
