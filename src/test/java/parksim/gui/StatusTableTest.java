package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.core.CalendarMonth;
import parksim.model.Park;
import parksim.model.ParkSimulation;
import parksim.scenario.Scenario;

/** The status panel's budget and instrument rows, held against the model month by month (no window needed). */
class StatusTableTest {
    private static String cell(List<List<String>> rows, String label) {
        return rows.stream().filter(r -> r.get(0).equals(label)).findFirst().orElseThrow(() -> new AssertionError("no row " + label)).get(1);
    }

    /** Steps until {@code month} has been simulated, watching the budget as the GUI does. */
    private static void stepTo(ParkSimulation sim, BudgetWatch watch, String month) {
        while (!sim.currentMonth().toString().equals(month) || sim.monthsDone() == 0) {
            sim.schedule.step(sim);
            watch.update(sim);
        }
    }

    @Test
    void theBudgetRowsShowTheModelsFiguresAndTheMonthItFirstRanOut() {
        ParkSimulation sim = TestScenarios.started(TestScenarios.load("yanji-projection").scenario());
        BudgetWatch watch = new BudgetWatch();
        StatusTable table = new StatusTable(watch);
        CalendarMonth firstOut = null;
        boolean sawUnfunded = false;
        for (int m = 0; m < sim.scenario().months(); m++) {
            sim.schedule.step(sim);
            watch.update(sim);
            Park yanji = sim.parks().get(0);
            if (firstOut == null && yanji.budget().uncommitted() <= 0.01 * yanji.budget().total()) firstOut = sim.currentMonth();
            List<List<String>> rows = table.rows(sim);
            assertEquals(Readable.money(yanji.budget().spent()), cell(rows, "spent"));
            assertEquals(Readable.money(yanji.budget().committed()), cell(rows, "committed, unpaid"));
            assertEquals(Readable.money(yanji.budget().uncommitted()), cell(rows, "left"));
            assertEquals(firstOut == null ? "—" : firstOut.toString(), cell(rows, "first ran out"), "in " + sim.currentMonth());
            int latest = sim.firms().all().stream().mapToInt(f -> f.monthOf(parksim.model.Stage.SIGNED))
                    .filter(i -> i != parksim.model.Firm.NEVER).max().orElse(-1);
            boolean unfunded = sim.firms().all().stream().anyMatch(f -> f.monthOf(parksim.model.Stage.SIGNED) == latest && f.offer().equals(parksim.policy.Offer.NONE));
            sawUnfunded |= unfunded;
            if (unfunded) assertEquals("spent", cell(rows, "rent subsidy"), "a firm of the latest signings went without the rent subsidy on offer, in " + sim.currentMonth());
        }
        assertNotNull(firstOut, "the Yanji projection spends its ¥60M budget before 2030");
        assertTrue(sawUnfunded, "some firm signs without incentives once the budget is short");
        assertEquals("¥60.0M", cell(table.rows(sim), "budget"));
    }

    @Test
    void instrumentsAreNotStartedRunningOrEndedByTheirMonthsAndPausedOrSpentWithoutBudget() {
        Scenario dated = TestScenarios.with("yanji-projection",
                "parks[yanji].policies.rentSubsidy.start", "2025-06",
                "parks[yanji].policies.targetedPromotion.end", "2025-04");
        ParkSimulation sim = TestScenarios.started(dated);
        BudgetWatch watch = new BudgetWatch();
        StatusTable table = new StatusTable(watch);
        assertEquals("offered", cell(table.rows(sim), "rent subsidy"), "before the first month nothing has run yet");
        stepTo(sim, watch, "2025-03");
        assertEquals("not started", cell(table.rows(sim), "rent subsidy"));
        assertEquals("running", cell(table.rows(sim), "targeted promotion"));
        stepTo(sim, watch, "2025-06");
        assertEquals("running", cell(table.rows(sim), "rent subsidy"));
        assertEquals("ended", cell(table.rows(sim), "targeted promotion"));
        assertTrue(table.rows(sim).stream().noneMatch(r -> r.get(0).equals("equity fund")), "no row for an instrument no park offers");

        ParkSimulation broke = TestScenarios.started(TestScenarios.with("yanji-projection", "parks[yanji].budget", 0));
        BudgetWatch brokeWatch = new BudgetWatch();
        StatusTable brokeTable = new StatusTable(brokeWatch);
        stepTo(broke, brokeWatch, "2025-03");
        assertEquals("paused", cell(brokeTable.rows(broke), "targeted promotion"), "a programme the budget cannot pay this month");
        assertEquals("spent", cell(brokeTable.rows(broke), "rent subsidy"), "no budget to promise new firms a subsidy");
        assertEquals("2025-03", cell(brokeTable.rows(broke), "first ran out"));
        assertNull(new BudgetWatch().ranOutIn(broke.parks().get(0)), "a new watch has seen no month yet");
    }
}
