package parksim.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parksim.experiment.RunResult;
import parksim.experiment.RunSpec;
import parksim.experiment.SimulationRunner;
import parksim.observe.SummaryTable;
import parksim.scenario.Scenario;

/**
 * How the model scales: a synthetic scenario of 200 parks and about 100,000 firms, run once.
 * Prints firms, firm-months, wall time and memory; run with {@code mvn test -Pbench}.
 */
@Tag("benchmark")
class ScaleBenchmark {
    @Test
    void hundredThousandFirmsAcrossTwoHundredParks() {
        Scenario s = NationalScenario.national();
        Runtime rt = Runtime.getRuntime();
        long t0 = System.nanoTime();
        long[] rows = {0};
        RunResult r = SimulationRunner.run(new RunSpec(s, "base", 0, 1), new SummaryTable(s), m -> rows[0]++, null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        int[] counted = {0};
        r.firms().each(row -> counted[0]++);
        int firms = counted[0];
        System.out.printf(Locale.ROOT, "scale benchmark: %d parks, %d months, %d firms entered a pipeline, %d firm-months, %d park-month rows%n",
                s.parks().size(), s.months(), firms, r.firmMonths(), rows[0]);
        System.out.printf(Locale.ROOT, "scale benchmark: %.1f s wall, %.0f firm-months/s, heap in use after the run %d MB (max %d MB)%n",
                seconds, r.firmMonths() / seconds, usedMb, rt.maxMemory() / (1024 * 1024));
        assertTrue(firms >= 90_000, "the synthetic scenario should bring about 100,000 firms, got " + firms);
    }
}
