package parksim.observe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import parksim.core.CalendarMonth;
import parksim.model.Firm;
import parksim.model.Order;
import parksim.model.Park;
import parksim.model.ParkSimulation;
import parksim.scenario.TargetSpec;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The observer of a run: at the end of every month it hands each park's figures to a sink (which
 * streams them to {@code timeseries.csv}) and keeps only what the summary and the target checks
 * need, so memory does not grow with the length of the run.
 */
public final class RunRecorder implements Steppable {
    private static final long serialVersionUID = 1L;

    private final ParkSimulation sim;
    private final RunIdentity identity;
    private final transient Consumer<ParkMonth> sink;
    private final Map<String, ParkHistory> histories = new LinkedHashMap<>();
    /** The histories in the order of {@code sim.parks()}, so a month's step looks none up by name. */
    private final ParkHistory[] inParkOrder;
    private final List<TargetTracker> trackers = new ArrayList<>();

    private RunRecorder(ParkSimulation sim, RunIdentity identity, Consumer<ParkMonth> sink) {
        this.sim = sim;
        this.identity = identity;
        this.sink = sink;
        inParkOrder = new ParkHistory[sim.parks().size()];
        int k = 0;
        for (Park p : sim.parks()) {
            inParkOrder[k] = new ParkHistory(sim.scenario().start().year());
            histories.put(p.id(), inParkOrder[k++]);
        }
        for (TargetSpec t : sim.scenario().targets()) {
            Firm firm = t.firm() == null ? null : sim.firms().all().stream().filter(f -> f.id().equals(t.firm())).findFirst().orElseThrow();
            double preStart = 0;
            if (firm != null) {
                for (int i = sim.clock().indexOf(t.from()); i < 0 && i <= sim.clock().indexOf(t.to()); i++) {
                    preStart += firm.estimatedOutputBeforeStart(i);
                }
            }
            trackers.add(new TargetTracker(t, firm, preStart));
        }
    }

    /** Starts recording a simulation that has been {@code start()}ed and not yet stepped. */
    public static RunRecorder attach(ParkSimulation sim, RunIdentity identity, Consumer<ParkMonth> sink) {
        RunRecorder r = new RunRecorder(sim, identity, sink);
        sim.schedule.scheduleRepeating(Schedule.EPOCH, Order.OBSERVE, r, 1.0);
        return r;
    }

    @Override
    public void step(SimState state) {
        int index = sim.clock().index();
        CalendarMonth month = sim.clock().month();
        int k = 0;
        for (Park park : sim.parks()) {
            ParkMonth row = ParkMonthReader.read(park, index, month);
            inParkOrder[k++].add(row);
            for (TargetTracker t : trackers) t.observe(row);
            if (sink != null) sink.accept(row);
        }
    }

    public RunIdentity identity() { return identity; }

    public List<TargetResult> targetResults() {
        return trackers.stream().map(TargetTracker::result).toList();
    }

    /** One summary row per park, in the columns of {@code table}. */
    public List<List<String>> summaryRows(SummaryTable table) {
        List<TargetResult> results = targetResults();
        List<List<String>> rows = new ArrayList<>();
        for (Park park : sim.parks()) {
            rows.add(table.row(identity, park.id(), histories.get(park.id()), BudgetUse.of(park.budget(), sim.scenario().start()), results));
        }
        return rows;
    }

    /** One row per firm that entered a pipeline, in the order they did. */
    public List<List<String>> firmRows() {
        List<List<String>> rows = new ArrayList<>(sim.firms().all().size());
        eachFirmRow(rows::add);
        return rows;
    }

    /** Hands each firm's row to {@code sink} as it is built, so that a large run's rows need not all be held at once. */
    public void eachFirmRow(Consumer<List<String>> sink) {
        CalendarMonth start = sim.scenario().start();
        for (Firm f : sim.firms().all()) sink.accept(FirmTable.row(identity, f, start));
    }

    /** The last recorded month of a park, or null before the first step. */
    public ParkMonth last(String park) { return histories.get(park).last(); }
}
