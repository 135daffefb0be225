package parksim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import parksim.TestScenarios;
import parksim.core.Metric;
import parksim.experiment.RunResult;
import parksim.experiment.RunSpec;
import parksim.experiment.SimulationRunner;
import parksim.observe.ParkMonth;
import parksim.observe.SummaryTable;
import parksim.observe.TargetResult;

/** A smoke test per bundled scenario with a fixed seed, and their provenance. */
class BundledScenariosTest {
    @ParameterizedTest
    @ValueSource(strings = {"yanji-hindcast", "yanji-projection", "jinan-lishan", "anji", "chengdu-tianfu", "china-cell-parks"})
    void everyNumberCitesAFigureOrStatesAnAssumption(String name) {
        LoadedScenario loaded = TestScenarios.load(name);
        assertEquals(List.of(), loaded.provenance().unsourced());
        for (String figure : loaded.provenance().cited().values()) {
            assertTrue(loaded.scenario().sources().containsKey(figure), figure);
        }
        for (Map.Entry<String, String> a : loaded.provenance().assumed().entrySet()) {
            assertTrue(a.getValue().length() >= 12 && !a.getValue().equals("no figure"), "a reason, not a placeholder: " + a.getKey());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"yanji-hindcast", "yanji-projection", "jinan-lishan", "anji", "chengdu-tianfu", "china-cell-parks"})
    void runsItsWholeHorizonWithSensibleFigures(String name) {
        Scenario s = TestScenarios.load(name).scenario();
        List<ParkMonth> rows = new ArrayList<>();
        RunResult r = SimulationRunner.run(new RunSpec(s, "base", 0, 42), new SummaryTable(s), rows::add, null);
        assertEquals(s.months() * s.parks().size(), rows.size());
        for (ParkMonth row : rows) {
            ParkSpec park = s.park(row.park());
            assertTrue(row.get(Metric.OCCUPIED_M2) <= park.totalFloor() + 1e-6);
            assertTrue(row.get(Metric.CHAIN_COMPLETENESS) >= 0 && row.get(Metric.CHAIN_COMPLETENESS) <= 1);
            assertTrue(row.get(Metric.TENANTS_OPEN) <= row.get(Metric.TENANTS_SIGNED_CUM));
            assertTrue(row.get(Metric.OUTPUT) >= 0 && row.get(Metric.SPEND) >= 0);
        }
        for (ParkMonth last : r.lastMonths()) {
            ParkSpec park = s.park(last.park());
            double completed = park.buildings().stream().filter(b -> !b.completes().isAfter(s.end())).mapToDouble(BuildingSpec::floorArea).sum();
            assertEquals(completed, last.get(Metric.LETTABLE_M2), 1e-6);
            assertTrue(last.get(Metric.TENANTS_SIGNED_CUM) > 0, name + ": " + last.park() + " attracted nobody");
        }
        for (TargetResult t : r.targets()) assertTrue(t.reached(), t.target().id() + " lies within the horizon");
        assertEquals(s.parks().size(), r.summaryRows().size());
    }
}
