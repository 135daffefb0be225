package parksim.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.LongSupplier;
import parksim.TestScenarios;
import parksim.bench.NationalScenario;
import parksim.experiment.RunSpec;
import parksim.experiment.SimulationRunner;
import parksim.model.ParkSimulation;
import parksim.observe.SummaryTable;
import parksim.scenario.Scenario;

/**
 * The JMH figures again in CPU time of the measuring thread ({@link ThreadMXBean}), which a machine shared
 * with other work inflates far less than wall time: a whole Yanji run, the months of a Yanji run and of the
 * national scenario per firm-month, and the kernel per firm-month. Each is warmed up first, then measured
 * five times; the median is printed. Run with {@code mvn -B -Pjmh test-compile exec:exec -Djmh.main=parksim.bench.jmh.CpuTimes -Djmh.args=}.
 */
public final class CpuTimes {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private CpuTimes() {}

    public static void main(String[] args) {
        Scenario yanji = TestScenarios.load("yanji-projection").scenario();
        SummaryTable summary = new SummaryTable(yanji);
        long[] seed = {1};
        report("yanji run (whole, with observer and summary rows)", "run", 300, () -> {
            SimulationRunner.run(new RunSpec(yanji, "base", 0, seed[0]++), summary, null, null);
            return 1;
        });
        report("yanji months (whole runs, simulation only)", "firm-month", 300, () -> firmMonths(yanji, seed[0]++));
        // The national scenario's first 48 months (the whole 120 take minutes a run on a shared machine).
        Scenario national = NationalScenario.scenario(NationalScenario.PARKS, NationalScenario.FLOW_SCALE, 48);
        report("national months (first 48, simulation only)", "firm-month", 1, () -> firmMonths(national, seed[0]++));
        for (int firms : new int[] {30, 3000}) {
            FirmKernel kernel = new FirmKernel(firms, firms >= 1000 ? 200 : 1, 1);
            report("kernel, " + firms + " firms", "firm-month", 20_000 / Math.max(1, firms / 30), () -> {
                if (kernel.month >= 120) kernel.reset();
                long open = 0;
                for (boolean o : kernel.open) if (o) open++;
                kernel.month();
                return open;
            });
        }
    }

    /** Runs a scenario to its end; returns the firm-months it simulated. */
    private static long firmMonths(Scenario scenario, long seed) {
        ParkSimulation sim = new ParkSimulation(scenario, seed);
        sim.start();
        long firmMonths = 0;
        while (sim.stepMonth()) firmMonths += sim.firms().active().size();
        sim.finish();
        return firmMonths;
    }

    /** Warms up, then times {@code reps} calls of {@code op} five times; prints the median CPU time per unit {@code op} returns. */
    private static void report(String label, String unit, int reps, LongSupplier op) {
        for (int i = 0; i < reps; i++) op.getAsLong();
        double[] perUnit = new double[5];
        for (int k = 0; k < perUnit.length; k++) {
            long units = 0;
            long t0 = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) units += op.getAsLong();
            perUnit[k] = (CPU.getCurrentThreadCpuTime() - t0) / (double) units;
        }
        java.util.Arrays.sort(perUnit);
        System.out.printf(Locale.ROOT, "%-55s %12.3f us CPU per %s (median of 5; range %.3f to %.3f)%n", label, perUnit[2] / 1e3, unit,
                perUnit[0] / 1e3, perUnit[4] / 1e3);
    }
}
