package parksim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

/**
 * Fieller's interval for a ratio of paired mean differences. References: (1) its definition, checked with an
 * independent computation — at each end θ of the interval, commons-math3's one-sample t-test of y − θx against 0
 * has p = 0.05 exactly, and inside the interval p > 0.05; (2) its coverage on simulated bivariate-normal pairs, for
 * which Fieller's interval is exact (the t statistic of y − θ₀x at the true θ₀ has Student's t distribution), so the
 * share of intervals covering the truth must be 95 % up to simulation error.
 */
class RatioTest {
    private static final double[] SPEND = {10.2, 11.5, 9.1, 10.8, 12.0, 9.7, 10.4, 11.1};
    private static final double[] OUTCOME = {3.1, 4.0, 2.2, 3.5, 4.4, 2.4, 3.9, 3.0};

    @Test
    void theEndsOfTheIntervalAreWhereTheTTestOfYMinusThetaXHasPFivePercent() {
        Ratio r = Ratio.fieller(OUTCOME, SPEND, "x");
        assertTrue(r.given());
        assertEquals(mean(OUTCOME) / mean(SPEND), r.estimate(), 1e-12);
        assertEquals(0.05, pOf(r.low()), 1e-9);
        assertEquals(0.05, pOf(r.high()), 1e-9);
        assertTrue(pOf(r.estimate()) > 0.05 && pOf((r.low() + r.estimate()) / 2) > 0.05);
        assertTrue(pOf(r.low() - 0.01) < 0.05 && pOf(r.high() + 0.01) < 0.05);
    }

    private static double pOf(double theta) {
        double[] z = new double[SPEND.length];
        for (int i = 0; i < z.length; i++) z[i] = OUTCOME[i] - theta * SPEND[i];
        return new TTest().tTest(0, z);
    }

    @Test
    void coverageOnSimulatedPairsIsNearTheNominal95Percent() {
        MersenneTwisterFast random = new MersenneTwisterFast(42);
        double trueRatio = 0.3 / 4.0;
        int trials = 4000;
        int covered = 0;
        int given = 0;
        for (int t = 0; t < trials; t++) {
            int n = 15;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = 4.0 + 3.0 * random.nextGaussian();                  // extra spend, ¥M: noisy but clearly above 0
                y[i] = 0.3 + 0.05 * (x[i] - 4.0) + 0.4 * random.nextGaussian();  // outcome, correlated with spend
            }
            Ratio r = Ratio.fieller(y, x, "x");
            if (!r.given()) continue;
            given++;
            if (r.low() <= trueRatio && trueRatio <= r.high()) covered++;
        }
        double coverage = covered / (double) given;
        // Exact 95 % in expectation; with ~4,000 intervals the simulation SE is 0.0035, so ±0.015 is more than 4 SE.
        // Fieller's set is unbounded when the spend is not significant (rare here), and those are left out as the
        // report leaves them out; that conditioning moves the coverage by well under the tolerance at this signal.
        assertTrue(given > 0.95 * trials, "the spend difference is almost always significant here: " + given);
        assertEquals(0.95, coverage, 0.015, "coverage " + coverage + " of " + given + " intervals");
    }

    @Test
    void noRatioWhenTheSpendDifferencesCiIncludesZero() {
        double[] spend = {1.2, -0.8, 0.5, -1.5, 0.9, -0.4};
        Ratio r = Ratio.fieller(new double[] {1, 2, 1, 3, 2, 1}, spend, "the extra spend");
        assertFalse(r.given());
        assertEquals("the 95% CI of the extra spend includes 0", r.note());
        assertTrue(Double.isNaN(r.estimate()));
        assertFalse(Ratio.fieller(new double[] {1, 2}, new double[] {0, 0}, "x").given(), "no extra spend at all");
        assertFalse(Ratio.fieller(new double[] {1}, new double[] {2}, "x").given(), "one pair");
    }

    @Test
    void aConstantExtraSpendGivesTheOutcomesTIntervalScaled() {
        double[] y = {3.1, 4.0, 2.2, 3.5, 4.4};
        Ratio r = Ratio.fieller(y, new double[] {2, 2, 2, 2, 2}, "x");
        Sample s = Sample.of(y);
        assertEquals(s.ciLow() / 2, r.low(), 1e-12);
        assertEquals(s.ciHigh() / 2, r.high(), 1e-12);
    }

    private static double mean(double[] v) {
        return java.util.Arrays.stream(v).average().orElseThrow();
    }
}
