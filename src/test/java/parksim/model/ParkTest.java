package parksim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.core.Segment;
import parksim.scenario.Scenario;

class ParkTest {
    @Test
    void chainCompletenessCountsOnlyOperatingTenantsInCoreSegments() {
        // Projection start: storage, research and production operating (core), services operating (side).
        Park park = TestScenarios.started(TestScenarios.load("yanji-projection").scenario()).parks().get(0);
        assertEquals(3 / 5.0, park.chainCompleteness(), 1e-12);

        Park trial = TestScenarios.started(TestScenarios.with("yanji-projection",
                "parks[0].tenants[xinchao].stage", "trial")).parks().get(0);
        assertEquals(2 / 5.0, trial.chainCompleteness(), 1e-12, "a tenant in trial production does not count");

        Park side = TestScenarios.started(TestScenarios.with("yanji-projection",
                "parks[0].tenants[huirong].segment", "consumables")).parks().get(0);
        assertEquals(2 / 5.0, side.chainCompleteness(), 1e-12, "an operating side-line tenant does not count");
    }

    @Test
    void aParkWithoutFreeCompletedFloorGetsNoMoveIns() {
        Scenario unfinished = TestScenarios.with("yanji-hindcast",
                "parks[0].buildings[0].completes", "2031-01",
                "parks[0].buildings[1].completes", "2031-01",
                "parks[0].buildings[2].completes", "2031-01");
        ParkSimulation sim = TestScenarios.ranToEnd(unfinished);
        Park park = sim.parks().get(0);
        assertTrue(park.signedCum() > 0, "firms still sign for floor under construction");
        assertEquals(0, park.count(Stage.FITTING_OUT) + park.count(Stage.TRIAL) + park.count(Stage.OPERATING));
        assertEquals(0, park.occupiedFloor(), 1e-9);
        assertTrue(sim.firms().all().stream().noneMatch(f -> f.monthOf(Stage.FITTING_OUT) != Firm.NEVER));

        Park shipped = TestScenarios.ranToEnd(TestScenarios.load("yanji-hindcast").scenario()).parks().get(0);
        assertTrue(shipped.open() + shipped.count(Stage.FITTING_OUT) > 0, "with the buildings of the articles, firms move in");
    }

    @Test
    void aWithdrawnSigningFreesItsReservedFloor() {
        Scenario fickle = TestScenarios.with("yanji-hindcast", "model.pipeline.withdrawalHazard", 1.0);
        ParkSimulation sim = TestScenarios.ranToEnd(fickle);
        Park park = sim.parks().get(0);
        assertTrue(park.count(Stage.WITHDRAWN) > 0);
        assertFloorAccountsMatchFirms(sim);
        double stillSigned = sim.firms().all().stream().filter(f -> f.stage() == Stage.SIGNED).mapToDouble(Firm::floor).sum();
        double reserved = park.buildings().stream().mapToDouble(Building::reserved).sum();
        assertEquals(stillSigned, reserved, 1e-6, "only firms signed this month still hold floor");
    }

    @Test
    void floorReservedAndOccupiedAlwaysMatchTheFirmsHoldingIt() {
        for (String name : List.of("yanji-projection", "china-cell-parks")) {
            assertFloorAccountsMatchFirms(TestScenarios.ranToEnd(TestScenarios.load(name).scenario()));
        }
    }

    static void assertFloorAccountsMatchFirms(ParkSimulation sim) {
        for (Park park : sim.parks()) {
            for (Building b : park.buildings()) {
                double reserved = 0, occupied = 0;
                for (Firm f : sim.firms().all()) {
                    if (f.building() != b) continue;
                    if (f.stage() == Stage.SIGNED || f.stage().occupiesFloor()) reserved += f.floor();
                    if (f.stage().occupiesFloor()) occupied += f.floor();
                }
                assertEquals(reserved, b.reserved(), 1e-3, park.id() + "/" + b.id() + " reserved");
                assertEquals(occupied, b.occupied(), 1e-3, park.id() + "/" + b.id() + " occupied");
                assertTrue(b.reserved() <= b.floorArea() + 1e-6);
            }
        }
    }

    @Test
    void aSpentBudgetStopsNewSubsidyCommitments() {
        Scenario tight = TestScenarios.with("yanji-projection", "parks[0].budget", 5e6, "parks[0].appropriations", java.util.Map.of());
        ParkSimulation sim = TestScenarios.ranToEnd(tight);
        Park park = sim.parks().get(0);
        assertTrue(park.budget().spent() <= 5e6 + 1e-3, "nothing is paid beyond the money there is");
        assertTrue(park.budget().arrears() > 0, "the initial tenants' contracts are owed what the money could not pay");
        long lateOffers = sim.firms().all().stream()
                .filter(f -> f.monthOf(Stage.NEGOTIATING) > 24 && f.subsidiesReceived() > 0).count();
        assertEquals(0, lateOffers, "once the budget is spent, new firms get no subsidies");
        assertEquals(0, park.budget().spentOn("equityFund"), 1e-9);
    }

    @Test
    void awarenessRisesWithEventsAndWithPromotionOfTheProspectsSegment() {
        ParkSimulation quiet = TestScenarios.started(TestScenarios.with("yanji-hindcast",
                "parks[0].policies.targetedPromotion.segments", List.of("therapy"),
                "parks[0].administration.steerPromotionToGaps", false));
        quiet.stepMonth();
        Park park = quiet.parks().get(0);
        assertTrue(park.awareness(Segment.THERAPY) > park.awareness(Segment.STORAGE), "therapy is promoted, storage is not");
        assertEquals(park.spec().visibility(), park.awareness(Segment.STORAGE), 1e-12);

        ParkSimulation loud = TestScenarios.started(TestScenarios.with("yanji-hindcast",
                "parks[0].policies.events", java.util.Map.of("perYear", 12, "awarenessBoost", 0.05, "decayMonths", 6, "costPerEvent", 1e5)));
        loud.stepMonth();
        assertTrue(loud.parks().get(0).awareness(Segment.STORAGE) > park.awareness(Segment.STORAGE));
        assertEquals(1, loud.parks().get(0).programmes().eventsThisMonth());
    }

    @Test
    void steeredPromotionTargetsTheLeastCoveredCoreSegments() {
        ParkSimulation sim = TestScenarios.started(TestScenarios.load("yanji-projection").scenario());
        sim.stepMonth();
        // Storage, research and production have operating tenants; preparation and therapy do not.
        assertEquals(java.util.EnumSet.of(Segment.PREPARATION, Segment.THERAPY), sim.parks().get(0).programmes().promotionTargets());
    }
}
