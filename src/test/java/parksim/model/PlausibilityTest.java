package parksim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import parksim.TestScenarios;

/**
 * Firms and parks stay within physical and plausible limits (the bounds and their reasons are in
 * docs/model.md, "Plausibility bounds"): every month of every bundled scenario, over two seeds.
 */
class PlausibilityTest {
    static String[] bundled() { return TestScenarios.BUNDLED; }

    @ParameterizedTest
    @MethodSource("bundled")
    void outputFloorAndJobsStayWithinTheirBounds(String name) {
        for (long seed = 1; seed <= 2; seed++) {
            ParkSimulation sim = new ParkSimulation(TestScenarios.load(name).scenario(), seed);
            sim.start();
            while (sim.stepMonth()) {
                for (Firm f : sim.firms().all()) {
                    assertTrue(f.outputThisMonth() <= f.capacity() / 12 + 1e-6,
                            name + " " + sim.currentMonth() + " " + f.id() + ": output above capacity");
                    boolean leftBefore = !f.stage().occupiesFloor() && f.monthOf(f.stage()) < sim.clock().index();
                    if (leftBefore) assertTrue(f.outputThisMonth() == 0, f.id() + " produces after leaving");
                }
                for (Park p : sim.parks()) checkPark(name + " " + sim.currentMonth() + " " + p.id(), p, sim);
            }
        }
    }

    private static void checkPark(String at, Park park, ParkSimulation sim) {
        double openFloor = 0, openInvestment = 0;
        for (Firm f : sim.firms().active()) {
            if (f.park() != park || !f.stage().isOpen()) continue;
            openFloor += f.floor();
            openInvestment += f.investment();
        }
        if (openFloor < 10_000) return; // a handful of firms: ratios say little
        double outputPerM2 = park.output() * 12 / openFloor;
        double jobsPer1000M2 = park.employment() / (openFloor / 1000);
        double outputPerInvestment = park.output() * 12 / openInvestment;
        assertTrue(outputPerM2 <= 60_000, at + ": output " + outputPerM2 + " ¥/m² a year");
        assertTrue(jobsPer1000M2 >= 3 && jobsPer1000M2 <= 25, at + ": " + jobsPer1000M2 + " jobs per 1,000 m²");
        assertTrue(outputPerInvestment <= 2.0, at + ": output per ¥ invested " + outputPerInvestment);
    }
}
