package parksim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.scenario.Scenario;

/**
 * Signed agreements are contracts: the nine firms signed before the projection starts receive, by
 * its horizon, at least 95 % of what they receive when money is ample, summed over 30 paired
 * replications (their terms do not depend on the money; only when a payment is made does).
 */
class InitialTenantsPaidTest {
    private static double receivedByInitialTenants(Scenario s) {
        double sum = 0;
        for (long seed = 9000; seed < 9030; seed++) {
            ParkSimulation sim = new ParkSimulation(s, seed);
            sim.start();
            sim.runToEnd();
            for (Firm f : sim.firms().all()) if (f.serial() == 0) sum += f.subsidiesReceived();
        }
        return sum;
    }

    @Test
    void theInitialTenantsReceiveAtLeast95PercentOfWhatAmpleMoneyPays() {
        double shipped = receivedByInitialTenants(TestScenarios.load("yanji-projection").scenario());
        double ample = receivedByInitialTenants(TestScenarios.with("yanji-projection", "parks[0].budget", 1e12));
        double ratio = shipped / ample;
        System.out.printf("initial tenants received %.1f ¥M at the shipped budget, %.1f ¥M with ample money (%.3f)%n",
                shipped / 30e6, ample / 30e6, ratio);
        assertTrue(ratio >= 0.95, "received " + ratio + " of what ample money pays");
    }
}
