package parksim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.observe.SummaryTable;
import parksim.observe.TimeseriesTable;
import parksim.scenario.Scenario;

class DeterminismTest {
    private static List<List<String>> rows(Scenario s, long seed) {
        List<List<String>> rows = new ArrayList<>();
        RunSpec spec = new RunSpec(s, "base", 0, seed);
        RunResult r = SimulationRunner.run(spec, new SummaryTable(s), m -> rows.add(TimeseriesTable.row(spec.identity(), m)), null);
        rows.addAll(r.summaryRows());
        rows.addAll(r.firmRows());
        return rows;
    }

    @Test
    void theSameScenarioAndSeedGiveTheSameRows() {
        Scenario s = TestScenarios.load("china-cell-parks").scenario();
        assertEquals(rows(s, 5), rows(s, 5));
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        Scenario s = TestScenarios.load("yanji-hindcast").scenario();
        assertNotEquals(rows(s, 5), rows(s, 6));
    }

    @Test
    void aRestartedSimulationRepeatsItsRun() {
        Scenario s = TestScenarios.load("yanji-projection").scenario();
        parksim.model.ParkSimulation sim = TestScenarios.started(s);
        sim.runToEnd();
        double first = sim.parks().get(0).output12m();
        sim.finish();
        sim.start();
        sim.runToEnd();
        assertEquals(first, sim.parks().get(0).output12m());
    }
}
