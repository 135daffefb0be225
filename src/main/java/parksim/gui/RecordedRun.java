package parksim.gui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import parksim.core.CalendarMonth;
import parksim.model.ParkSimulation;
import parksim.observe.ParkMonth;
import parksim.observe.RunIdentity;
import parksim.observe.RunRecorder;

/**
 * The run on screen, recorded exactly as {@code parksim run} records it: the same
 * {@link RunRecorder}, attached right after the simulation starts, whose rows feed the charts and
 * the export. Also keeps the Model-tab changes that made this run differ from the scenario file.
 */
final class RecordedRun {
    /** Variant label of a run that differs from its scenario file (a headless run is "base"). */
    static final String EDITED = "gui-edited";

    /** A change in effect for this run: from which month, at which scenario path, from what to what. */
    record Change(CalendarMonth effectiveFrom, String path, String before, String after) {}

    private final ParkSimulation sim;
    private final RunRecorder recorder;
    private final List<ParkMonth> rows = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();

    private RecordedRun(ParkSimulation sim, List<ScenarioEdits.Difference> atStart) {
        this.sim = sim;
        for (ScenarioEdits.Difference d : atStart) changes.add(new Change(sim.scenario().start(), d.path(), d.inFile(), d.now()));
        this.recorder = RunRecorder.attach(sim, RunIdentity.of(sim.scenario().name(), "base", 0, sim.seed()), rows::add);
    }

    /** Starts recording a simulation that has been started and not yet stepped. */
    static RecordedRun attach(ParkSimulation sim, List<ScenarioEdits.Difference> differencesFromFile) {
        return new RecordedRun(sim, differencesFromFile);
    }

    ParkSimulation simulation() { return sim; }

    RunRecorder recorder() { return recorder; }

    /** Every park-month recorded so far, in the order of {@code timeseries.csv}. */
    List<ParkMonth> rows() { return Collections.unmodifiableList(rows); }

    List<Change> changes() { return List.copyOf(changes); }

    /** Records a change applied while the run goes on: it takes effect from the next month simulated. */
    void changed(String path, String before, String after) {
        CalendarMonth from = sim.monthsDone() == 0 ? sim.scenario().start() : sim.currentMonth().plus(1);
        changes.add(new Change(from, path, before, after));
    }

    /** What the result rows carry: "base" as for a headless run, unless the run was changed. */
    RunIdentity identity() {
        return RunIdentity.of(sim.scenario().name(), changes.isEmpty() ? "base" : EDITED, 0, sim.seed());
    }
}
