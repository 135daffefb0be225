package parksim.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import parksim.TestScenarios;
import parksim.bench.NationalScenario;
import parksim.experiment.RunResult;
import parksim.experiment.RunSpec;
import parksim.experiment.SimulationRunner;
import parksim.model.ParkSimulation;
import parksim.observe.SummaryTable;
import parksim.scenario.Scenario;

/**
 * The model's figures for docs/performance.md: a whole Yanji projection run as a sweep makes it (observer
 * and summary rows, no files), one month in the middle of a Yanji run, and one month in the middle of the
 * national synthetic scenario (200 parks, about 100,000 firms). Months cannot be repeated, so a month is
 * measured single-shot on simulations prepared before each iteration.
 */
public class ModelJmh {
    private static final int MID_RUN = 35;

    @State(Scope.Thread)
    public static class YanjiRun {
        Scenario scenario;
        SummaryTable summary;
        long seed;

        @Setup(Level.Trial)
        public void load() {
            scenario = TestScenarios.load("yanji-projection").scenario();
            summary = new SummaryTable(scenario);
        }
    }

    /** Every replicate a new seed, as in a sweep. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public RunResult yanjiRun(YanjiRun s) {
        return SimulationRunner.run(new RunSpec(s.scenario, "base", 0, s.seed++), s.summary, null, null);
    }

    /** {@code count} simulations of a scenario, each started and stepped to {@link #MID_RUN} months. */
    static ParkSimulation[] midRun(Scenario scenario, int count, long seed) {
        ParkSimulation[] sims = new ParkSimulation[count];
        for (int i = 0; i < count; i++) {
            sims[i] = new ParkSimulation(scenario, seed + i);
            sims[i].start();
            for (int m = 0; m < MID_RUN; m++) sims[i].stepMonth();
        }
        return sims;
    }

    @State(Scope.Thread)
    public static class YanjiMonths {
        static final int BATCH = 500;
        Scenario scenario;
        ParkSimulation[] sims;
        int next;
        long seed = 1;

        @Setup(Level.Trial)
        public void load() {
            scenario = TestScenarios.load("yanji-projection").scenario();
        }

        @Setup(Level.Iteration)
        public void prepare() {
            sims = midRun(scenario, BATCH, seed);
            seed += BATCH;
            next = 0;
        }
    }

    /** One month (month 36 of 70) of a Yanji projection run; the score is for a batch of 500 such months, one per simulation. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 5, batchSize = YanjiMonths.BATCH)
    @Measurement(iterations = 10, batchSize = YanjiMonths.BATCH)
    @Fork(1)
    public boolean yanjiMonth(YanjiMonths s) {
        return s.sims[s.next++].stepMonth();
    }

    @State(Scope.Thread)
    public static class NationalMonths {
        static final int BATCH = 5;
        Scenario scenario;
        ParkSimulation sim;
        long seed = 1;

        @Setup(Level.Trial)
        public void load() {
            scenario = NationalScenario.national();
        }

        @Setup(Level.Iteration)
        public void prepare() {
            sim = midRun(scenario, 1, seed++)[0];
            activeAtStart = sim.firms().active().size();
        }

        int activeAtStart;

        /** The firms the batch's months stepped, for the time per firm-month. */
        @TearDown(Level.Iteration)
        public void report() {
            System.out.printf("(national: %d to %d active firms in the months measured)%n", activeAtStart, sim.firms().active().size());
        }
    }

    /** One month (months 36 to 40 of 120) of the national synthetic scenario; the score is for 5 consecutive months. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, batchSize = NationalMonths.BATCH)
    @Measurement(iterations = 5, batchSize = NationalMonths.BATCH)
    @Fork(value = 1, jvmArgsAppend = "-Xmx2g")
    public boolean nationalMonth(NationalMonths s) {
        return s.sim.stepMonth();
    }
}
