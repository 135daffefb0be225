package parksim.experiment;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import parksim.model.ParkSimulation;
import parksim.observe.ParkMonth;
import parksim.observe.RunRecorder;
import parksim.observe.SummaryTable;

/**
 * Runs one simulation headless. Drives the schedule month by month itself: MASON's
 * {@code doLoop} would end the JVM.
 */
public final class SimulationRunner {
    private SimulationRunner() {}

    /**
     * @param summary     the summary's columns (null: no summary rows wanted)
     * @param rows        receives each park-month as it is recorded (may be null)
     * @param monthDone   told after every month (for progress; may be null)
     */
    public static RunResult run(RunSpec spec, SummaryTable summary, Consumer<ParkMonth> rows, IntConsumer monthDone) {
        long t0 = System.nanoTime();
        ParkSimulation sim = new ParkSimulation(spec.scenario(), spec.seed());
        sim.start();
        RunRecorder recorder = RunRecorder.attach(sim, spec.identity(), rows);
        long firmMonths = 0;
        try {
            while (sim.stepMonth()) {
                firmMonths += sim.firms().active().size();
                if (monthDone != null) monthDone.accept(sim.monthsDone());
            }
        } finally {
            sim.finish();
        }
        List<List<String>> summaryRows = summary == null ? List.of() : recorder.summaryRows(summary);
        List<ParkMonth> last = sim.parks().stream().map(p -> recorder.last(p.id())).toList();
        return new RunResult(spec.identity(), summaryRows, recorder::eachFirmRow, last, recorder.targetResults(),
                (System.nanoTime() - t0) / 1_000_000, firmMonths);
    }
}
