package parksim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.policy.InstrumentCatalog;
import parksim.policy.InstrumentKind;
import parksim.scenario.Scenario;

class FirmTest {
    private static Firm firm(ParkSimulation sim, String id) {
        return sim.firms().all().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anOperatingTenantRampsUpToCapacity() {
        ParkSimulation sim = TestScenarios.started(TestScenarios.load("yanji-projection").scenario());
        Firm kasen = firm(sim, "kasen");
        double previous = 0;
        double[] outputs = new double[12];
        for (int m = 0; m < 12; m++) {
            sim.stepMonth();
            outputs[m] = kasen.outputThisMonth();
        }
        // Kasen operates from 2025-01 with a 12-month ramp: output rises month by month until 2026-01.
        for (int m = 0; m < 10; m++) {
            assertTrue(outputs[m] > previous * 0.95, "month " + m);
            previous = outputs[m];
        }
        assertTrue(outputs[9] > outputs[0] * 1.3);
        assertTrue(outputs[11] <= kasen.capacity() / 12 * 2, "output stays within reach of capacity");
    }

    @Test
    void aFirmWhoseCashRunsOutExits() {
        Scenario penniless = TestScenarios.with("yanji-hindcast", "model.firms.initialCashShare", 0, "model.firms.exitHazard", 0,
                "parks[0].policies.fitOutSubsidy.perM2", 0);
        ParkSimulation sim = TestScenarios.ranToEnd(penniless);
        long exited = sim.firms().all().stream().filter(f -> f.stage() == Stage.EXITED).count();
        assertTrue(exited > 0);
        assertTrue(sim.firms().all().stream().filter(f -> f.stage() == Stage.EXITED).allMatch(f -> f.cash() < 0));
        assertTrue(sim.firms().all().stream().noneMatch(f -> f.stage().isOpen()), "without cash nobody survives fit-out");
    }

    @Test
    void platformsShortenFitOut() {
        // A budget that cannot run out: an unfunded platform would pause and shorten nothing.
        Scenario withPlatform = TestScenarios.with("yanji-hindcast", "parks[0].budget", 1e12,
                "parks[0].policies.platforms", Map.of("count", 2, "fitOutReduction", 0.6, "costPerPlatformPerYear", 1e5));
        for (Firm f : TestScenarios.ranToEnd(withPlatform).firms().all()) {
            if (f.monthOf(Stage.TRIAL) == Firm.NEVER) continue;
            assertEquals(2, f.monthOf(Stage.TRIAL) - f.monthOf(Stage.FITTING_OUT), "5 months shortened by 60%");
        }
        for (Firm f : TestScenarios.ranToEnd(TestScenarios.load("yanji-hindcast").scenario()).firms().all()) {
            if (f.monthOf(Stage.TRIAL) == Firm.NEVER) continue;
            assertEquals(5, f.monthOf(Stage.TRIAL) - f.monthOf(Stage.FITTING_OUT));
        }
    }

    @Test
    void aUniversityPartnershipRaisesTenantsProductivity() {
        Firm with = firm(stepped(TestScenarios.load("yanji-projection").scenario()), "kasen");
        Firm without = firm(stepped(TestScenarios.with("yanji-projection", "parks[0].policies.universityPartnership", null)), "kasen");
        assertEquals(1.03, with.productivityNow() / without.productivityNow(), 1e-9);
    }

    private static ParkSimulation stepped(Scenario s) {
        ParkSimulation sim = TestScenarios.started(s);
        sim.stepMonth();
        return sim;
    }

    @Test
    void theEquityFundInvestsItsOwnCapitalNotTheIncentiveBudget() {
        Scenario fund = TestScenarios.with("yanji-hindcast",
                "parks[0].policies.equityFund", Map.of("capital", 5e6, "share", 0.1, "maxPerFirm", 3e6));
        ParkSimulation sim = TestScenarios.ranToEnd(fund);
        Park park = sim.parks().get(0);
        assertEquals(0, park.budget().spentOn("equityFund"), "a stake is financing, not incentive spend");
        double invested = park.fundInvestedCum();
        assertTrue(invested > 0);
        double held = sim.firms().all().stream().mapToDouble(Firm::stake).sum();
        assertEquals(held, park.fundHoldings(), 1e-6, "holdings at cost are the stakes the firms still carry");
        assertEquals(5e6 - invested + park.fundRecoveredCum(), park.fundCapitalLeft(), 1e-6, "the fund's capital adds up");
        assertTrue(invested - park.fundRecoveredCum() <= 5e6 + 1e-6, "never more out than the capital");
    }

    @Test
    void eachOfferedFirmIncentiveIsPaidAndBookedToItsInstrument() {
        ParkSimulation sim = TestScenarios.ranToEnd(TestScenarios.load("yanji-projection").scenario());
        Park park = sim.parks().get(0);
        for (String k : new String[] {"rentSubsidy", "fitOutSubsidy", "taxRebate", "talentSubsidy", "targetedPromotion",
                "universityPartnership"}) {
            assertTrue(park.budget().spentOn(k) > 0, k + " is offered in Yanji and must cost something");
        }
        for (String k : new String[] {"equityFund", "events", "platforms", "listingSupport"}) {
            assertEquals(0, park.budget().spentOn(k), 1e-9, k + " is not offered in Yanji");
        }
        double byKind = 0;
        for (InstrumentKind e : InstrumentCatalog.installed().all()) byKind += park.budget().spentOn(e.id());
        assertEquals(park.budget().spent(), byKind, 1e-3);
    }

    @Test
    void listingSupportRaisesListings() {
        int plain = 0, supported = 0;
        for (long seed = 1; seed <= 3; seed++) {
            plain += TestScenarios.ranToEnd(TestScenarios.with("chengdu-tianfu", "parks[0].policies.listingSupport", null,
                    "seed", seed)).parks().get(0).listedCum();
            supported += TestScenarios.ranToEnd(TestScenarios.with("chengdu-tianfu",
                    "parks[0].policies.listingSupport", Map.of("hazardMultiplier", 5.0, "grant", 0), "seed", seed)).parks().get(0).listedCum();
        }
        assertTrue(supported > plain, supported + " listings with support, " + plain + " without");
    }

    @Test
    void researchFirmsListBeforeRevenueAndOthersOnlyWithIt() {
        for (long seed = 1; seed <= 2; seed++) {
            // Revenue route closed: only the pre-revenue route lists, and only by its rule.
            Scenario preRevenueOnly = TestScenarios.with("chengdu-tianfu", "seed", seed, "model.firms.listingMinOutput", 1e15,
                    "model.firms.listingHazard", 0.05);
            ParkSimulation sim = TestScenarios.ranToEnd(preRevenueOnly);
            var params = preRevenueOnly.model().firms();
            long listed = 0;
            for (Firm f : sim.firms().all()) {
                if (!f.isListed() || f.serial() == 0) continue;
                listed++;
                assertTrue(params.preRevenueSegments().contains(f.segment()), f.id() + " lists outside the pre-revenue segments");
                assertTrue(f.announcedInvestment() >= params.preRevenueMinInvestment(), f.id() + " too small to list");
                assertTrue(f.listedMonth() - f.monthOf(Stage.SIGNED) >= params.preRevenueMinMonths(), f.id() + " lists too early");
            }
            assertTrue(listed > 0, "R&D-stage firms list without revenue");
            Scenario neither = TestScenarios.with("chengdu-tianfu", "seed", seed, "model.firms.listingMinOutput", 1e15,
                    "model.firms.preRevenueSegments", java.util.List.of(), "model.firms.listingHazard", 0.05);
            assertEquals(0, TestScenarios.ranToEnd(neither).firms().all().stream().filter(f -> f.isListed() && f.serial() != 0).count(),
                    "with both routes closed nobody lists");
        }
    }
}
