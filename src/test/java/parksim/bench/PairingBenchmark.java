package parksim.bench;

import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.core.CalendarMonth;
import parksim.model.ParkSimulation;
import parksim.scenario.Scenario;

/**
 * How much pairing removes: on the Yanji projection with a budget that does not bind, rent share
 * 0 against 1 over 200 seeds (40 left the ratio uncertain by about ±0.1), the spread (standard deviation) of the paired differences in firms
 * signed divided by that of differences between runs of different seeds (replicate r against r + 1).
 * 1 means pairing removes nothing; common random numbers aim at 0.4 or below. Printed for the
 * bundled floor (which fills, so firms displace each other) and for ample floor.
 * Run with {@code mvn test -Pbench -Dtest=PairingBenchmark}.
 */
@Tag("benchmark")
class PairingBenchmark {
    private static final int SEEDS = 200;
    private static final String[] DATES = {"2025-12", "2026-06", "2027-12"};

    @Test
    void spreadOfPairedAgainstIndependentDifferences() {
        report("bundled floor", new Object[0]);
        report("ample floor", new Object[] {"parks[0].buildings[*].floorArea", 400000, "parks[0].plotRatio", 30});
    }

    private static void report(String label, Object[] extra) {
        double[][] none = signed(variant(0.0, extra)), full = signed(variant(1.0, extra));
        for (int d = 0; d < DATES.length; d++) {
            double[] paired = new double[SEEDS], independent = new double[SEEDS];
            for (int r = 0; r < SEEDS; r++) {
                paired[r] = full[r][d] - none[r][d];
                independent[r] = full[r][d] - none[(r + 1) % SEEDS][d];
            }
            System.out.printf(Locale.ROOT, "pairing, %s, %s: mean difference %+.2f signed; sd paired %.2f, sd independent %.2f, ratio %.2f%n",
                    label, DATES[d], StatUtils.mean(paired), Math.sqrt(StatUtils.variance(paired)),
                    Math.sqrt(StatUtils.variance(independent)), Math.sqrt(StatUtils.variance(paired) / StatUtils.variance(independent)));
        }
    }

    private static Scenario variant(double rentShare, Object[] extra) {
        Object[] all = new Object[4 + extra.length];
        all[0] = "parks[0].budget";
        all[1] = 1e12;
        all[2] = "parks[0].policies.rentSubsidy.share";
        all[3] = rentShare;
        System.arraycopy(extra, 0, all, 4, extra.length);
        return TestScenarios.with("yanji-projection", all);
    }

    private static double[][] signed(Scenario s) {
        double[][] v = new double[SEEDS][DATES.length];
        for (int r = 0; r < SEEDS; r++) {
            ParkSimulation sim = new ParkSimulation(s, 5000 + r);
            sim.start();
            int d = 0;
            while (sim.stepMonth() && d < DATES.length) {
                if (sim.currentMonth().equals(CalendarMonth.parse(DATES[d]))) v[r][d++] = sim.parks().get(0).signedCum();
            }
        }
        return v;
    }
}
