package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.model.Firm;
import parksim.model.Park;
import parksim.model.ParkSimulation;
import parksim.model.Stage;
import parksim.policy.Budget;
import parksim.scenario.Scenario;

/** The status panel's budget and instrument rows, held against the model month by month (no window needed). */
class StatusTableTest {
    private static String cell(List<List<String>> rows, String label) {
        return rows.stream().filter(r -> r.get(0).equals(label)).findFirst().orElseThrow(() -> new AssertionError("no row " + label)).get(1);
    }

    /** Steps until {@code month} has been simulated. */
    private static void stepTo(ParkSimulation sim, String month) {
        while (!sim.currentMonth().toString().equals(month) || sim.monthsDone() == 0) sim.schedule.step(sim);
    }

    @Test
    void theBudgetRowsShowTheModelsAccountsAndTheMonthItFirstRanShort() {
        ParkSimulation sim = TestScenarios.started(TestScenarios.load("yanji-projection").scenario());
        StatusTable table = new StatusTable(parksim.policy.InstrumentCatalog.installed());
        boolean sawShort = false, sawUnfunded = false;
        for (int m = 0; m < sim.scenario().months(); m++) {
            sim.schedule.step(sim);
            Park yanji = sim.parks().get(0);
            Budget b = yanji.budget();
            List<List<String>> rows = table.rows(sim);
            assertEquals(Readable.money(b.spent()), cell(rows, "spent"));
            assertEquals(Readable.money(b.committed()), cell(rows, "committed"));
            assertEquals(Readable.money(b.uncommitted()), cell(rows, "left"));
            assertEquals(Readable.money(b.reserved()), cell(rows, "reserved"));
            assertEquals(Readable.money(b.arrears()), cell(rows, "owed"));
            assertEquals(Readable.money(b.unpaid()), cell(rows, "could not pay"));
            String shortIn = b.firstShortMonth() == Budget.NEVER ? "—" : sim.scenario().start().plus(b.firstShortMonth()).toString();
            assertEquals(shortIn, cell(rows, "first ran short"), "in " + sim.currentMonth());
            sawShort |= b.firstShortMonth() != Budget.NEVER;

            int latest = sim.firms().all().stream().mapToInt(f -> f.monthOf(Stage.SIGNED)).max().orElse(Firm.NEVER);
            boolean unfunded = latest != Firm.NEVER && sim.firms().all().stream().anyMatch(f -> f.monthOf(Stage.SIGNED) == latest && !f.offer().hasIncentive());
            sawUnfunded |= unfunded;
            if (unfunded || b.uncommitted() <= 0) assertEquals("spent", cell(rows, "rent subsidy"), "no budget to back new offers, in " + sim.currentMonth());
            else assertEquals("running", cell(rows, "rent subsidy"), "in " + sim.currentMonth());
        }
        assertTrue(sawShort, "the Yanji projection's ¥120M of yearly appropriations runs short before 2030");
        assertTrue(sawUnfunded, "some firm signs without incentives once the budget is short");
        assertEquals("¥120M", cell(table.rows(sim), "budget"), "all the money appropriated over the run");
    }

    @Test
    void instrumentsAreNotStartedRunningOrEndedByTheirMonthsAndPausedOrSpentWithoutBudget() {
        Scenario dated = TestScenarios.with("yanji-projection",
                "parks[yanji].policies.rentSubsidy.start", "2025-06",
                "parks[yanji].policies.targetedPromotion.end", "2025-04");
        ParkSimulation sim = TestScenarios.started(dated);
        StatusTable table = new StatusTable(parksim.policy.InstrumentCatalog.installed());
        assertEquals("offered", cell(table.rows(sim), "rent subsidy"), "before the first month nothing has run yet");
        stepTo(sim, "2025-03");
        assertEquals("not started", cell(table.rows(sim), "rent subsidy"));
        assertEquals("running", cell(table.rows(sim), "targeted promotion"));
        stepTo(sim, "2025-06");
        assertEquals("ended", cell(table.rows(sim), "targeted promotion"));
        assertTrue(table.rows(sim).stream().noneMatch(r -> r.get(0).equals("equity fund")), "no row for an instrument no park offers");

        ParkSimulation broke = TestScenarios.started(TestScenarios.with("yanji-projection", "parks[yanji].budget", 0,
                "parks[yanji].appropriations", java.util.Map.of()));
        StatusTable brokeTable = new StatusTable(parksim.policy.InstrumentCatalog.installed());
        stepTo(broke, "2025-03");
        assertEquals("paused", cell(brokeTable.rows(broke), "targeted promotion"), "a programme the budget cannot pay this month");
        assertEquals("spent", cell(brokeTable.rows(broke), "rent subsidy"), "no budget to promise new firms a subsidy");
        assertEquals("2025-03", cell(brokeTable.rows(broke), "first ran short"));
    }

    /** A programme from the test class path reports its state through its own effect ({@code ParkProgramme.ranThisMonth}). */
    @Test
    void anAddedProgrammeRunsWhilePaidAndPausesWithoutBudget() {
        java.util.Map<String, Object> centre = java.util.Map.of("productivityBoost", 0.1, "costPerMonth", 50_000.0);
        ParkSimulation paid = TestScenarios.started(TestScenarios.with("yanji-projection", "parks[yanji].policies.trainingCentre", centre));
        StatusTable table = new StatusTable(parksim.policy.InstrumentCatalog.installed());
        stepTo(paid, "2025-03");
        assertEquals("running", cell(table.rows(paid), "training centre"), "its row is named from its spend column");

        ParkSimulation broke = TestScenarios.started(TestScenarios.with("yanji-projection", "parks[yanji].policies.trainingCentre", centre,
                "parks[yanji].budget", 0, "parks[yanji].appropriations", java.util.Map.of()));
        stepTo(broke, "2025-03");
        assertEquals("paused", cell(table.rows(broke), "training centre"), "unpaid, it adds no effect");
    }
}
