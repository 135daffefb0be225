package parksim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import parksim.TestScenarios;
import parksim.core.Segment;

/**
 * Firms and parks stay within physical and plausible limits, every month of every bundled scenario,
 * over three seeds. The bounds, their anchors (../anchors E1–E4 in docs/model.md, "Plausibility
 * bounds") and their tolerances are generous: they rule out absurd states, they do not fit anything.
 */
class PlausibilityTest {
    /** E1: ¥60–75M of output per firm in China's top park; twice that is the most a park may average. */
    static final double MAX_OUTPUT_PER_OPEN_FIRM = 150e6;
    /** E1: Suzhou Industrial Park's ¥150B a year (2023): no park passes it within ten years of its start. */
    static final double E1_PARK_OUTPUT = 150e9;
    /** E3: about ¥1M of revenue per job in pharmaceutical manufacturing; a factor 10 either way is implausible. */
    static final double MIN_OUTPUT_PER_JOB = 0.1e6, MAX_OUTPUT_PER_JOB = 3e6;
    /** No single firm may have the capacity to serve more than this share of its segment's national demand. */
    static final double MAX_FIRM_SHARE_OF_DEMAND = 0.05;

    static String[] bundled() { return TestScenarios.BUNDLED; }

    @ParameterizedTest
    @MethodSource("bundled")
    void outputFloorAndJobsStayWithinTheirBounds(String name) {
        for (long seed = 1; seed <= 3; seed++) {
            ParkSimulation sim = new ParkSimulation(TestScenarios.load(name).scenario(), seed);
            sim.start();
            while (sim.stepMonth()) {
                for (Firm f : sim.firms().all()) checkFirm(name + " " + sim.currentMonth() + " " + f.id(), f, sim);
                double total = 0;
                for (Park p : sim.parks()) {
                    checkPark(name + " " + sim.currentMonth() + " " + p.id(), p, sim);
                    total += p.output12m();
                }
                double demand = 0;
                for (Segment s : Segment.values()) demand += sim.market().demandPerYear(s);
                assertTrue(total < demand, name + " " + sim.currentMonth() + ": the parks' output " + total
                        + " exceeds the national demand they draw on " + demand);
            }
        }
    }

    private static void checkFirm(String at, Firm f, ParkSimulation sim) {
        Market market = sim.market();
        assertTrue(f.outputThisMonth() <= f.capacity() / 12 + 1e-6, at + ": output above capacity");
        boolean leftBefore = !f.stage().occupiesFloor() && f.monthOf(f.stage()) < sim.clock().index();
        if (leftBefore) assertTrue(f.outputThisMonth() == 0, at + " produces after leaving");
        assertTrue(f.capacity() <= MAX_FIRM_SHARE_OF_DEMAND * market.demandPerYear(f.segment()),
                at + ": capacity " + f.capacity() + " is over 5 % of its segment's demand");
        assertTrue(f.realisedToDate() <= f.investment() + 1e-6 && f.investment() <= f.announcedInvestment() + 1e-6,
                at + ": realised more than announced");
    }

    /** Output per job of the park's mature firms (operating for a year): trial and ramp-up employ people before they produce. */
    private static void checkOutputPerJob(String at, Park park, ParkSimulation sim) {
        double output = 0, jobs = 0;
        for (Firm f : sim.firms().active()) {
            if (f.park() != park || f.stage() != Stage.OPERATING || sim.clock().index() - f.monthOf(Stage.OPERATING) < 12) continue;
            output += f.output12m();
            jobs += f.employees();
        }
        if (jobs < 500) return;
        assertTrue(output / jobs >= MIN_OUTPUT_PER_JOB && output / jobs <= MAX_OUTPUT_PER_JOB,
                at + ": ¥" + output / jobs + " a year per job in firms operating for a year");
    }

    private static void checkPark(String at, Park park, ParkSimulation sim) {
        int yearsRunning = (sim.clock().index() - Math.max(0, park.opensAt())) / 12;
        if (yearsRunning < 10) {
            assertTrue(park.output12m() < E1_PARK_OUTPUT, at + ": output " + park.output12m() + " passes E1's ¥150B within ten years");
        }
        if (park.open() >= 10) {
            double perFirm = park.output12m() / park.open();
            assertTrue(perFirm <= MAX_OUTPUT_PER_OPEN_FIRM, at + ": ¥" + perFirm + " a year per open firm (E1: ¥60–75M)");
        }
        checkOutputPerJob(at, park, sim);
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
        assertTrue(outputPerInvestment <= 2.0, at + ": output per ¥ of realised investment " + outputPerInvestment);
    }
}
