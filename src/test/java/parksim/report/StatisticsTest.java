package parksim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import parksim.results.TargetInfo;
import parksim.results.TargetTally;

/**
 * The comparison statistics on small data sets, against values computed independently with
 * SciPy 1.17 / NumPy 2.4 (the calls are given beside each value), and their coverage and error rates
 * over many simulated experiments.
 */
class StatisticsTest {
    private static final double[] BASE = {12.1, 14.3, 11.8, 15.2, 13.9, 12.7, 14.8, 13.1};
    private static final double[] VARIANT = {13.4, 15.1, 12.9, 16.8, 14.2, 13.9, 15.5, 14.6};
    private static final double[] SMALL_A = {3.1, 4.5, 2.8, 5.0, 3.9, 4.2};
    private static final double[] SMALL_B = {5.2, 6.1, 4.8, 7.0, 5.9, 6.6, 5.5};

    @Test
    void sampleDescriptionMatchesNumpyAndScipy() {
        Sample s = Sample.of(new double[] {7, 3, 9, 4, 12, 5, 8, 6});
        assertEquals(8, s.n());
        assertEquals(6.75, s.mean(), 1e-12);
        assertEquals(2.9154759474226504, s.sd(), 1e-12);              // np.std(ddof=1)
        // R type 7 (R's and numpy's default, Excel PERCENTILE.INC): sorted x = 3,4,5,6,7,8,9,12, h = (n - 1) p,
        // q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]) (0-based): p = 0.05 gives h = 0.35, 3 + 0.35 = 3.35;
        // p = 0.95 gives h = 6.65, 9 + 0.65 * 3 = 10.95. R: quantile(c(7,3,9,4,12,5,8,6), c(.05,.5,.95)) = 3.35 6.5 10.95.
        assertEquals(6.5, s.median(), 1e-12);
        assertEquals(3.35, s.q05(), 1e-12);
        assertEquals(10.95, s.q95(), 1e-12);
        assertEquals(4.31260111144646, s.ciLow(), 1e-9);              // st.t.interval(0.95, 7, ...)
        assertEquals(9.18739888855354, s.ciHigh(), 1e-9);
        Sample twenty = Sample.of(java.util.stream.IntStream.rangeClosed(1, 20).asDoubleStream().toArray());
        assertEquals(1.95, twenty.q05(), 1e-12);                      // R: quantile(1:20, .05) = 1 + 19 * 0.05; np.percentile(range(1, 21), 5)
        assertEquals(19.05, twenty.q95(), 1e-12);
    }

    @Test
    void pairedDifferenceMatchesScipy() {
        Difference d = Difference.paired(VARIANT, BASE);
        assertTrue(d.paired());
        assertEquals(8, d.n());
        assertEquals(1.0625, d.estimate(), 1e-12);
        assertEquals(0.6968901667169685, d.ciLow(), 1e-9);            // st.t.interval on the differences
        assertEquals(1.4281098332830315, d.ciHigh(), 1e-9);
        assertEquals(0.00023726607969485721, d.tP(), 1e-12);          // st.ttest_rel(y, x)
        assertEquals(0.0078125, d.rankP(), 1e-12);                    // st.wilcoxon(method='exact'): all 8 positive, 2/2^8
        assertEquals(2.4295632895188706, d.effect(), 1e-9);           // d_z = mean(d) / sd(d)
        assertEquals("d_z", d.effectKind());
        assertEquals(null, d.noTest());
    }

    @Test
    void welchDifferenceMatchesScipy() {
        Difference d = Difference.unpaired(SMALL_B, SMALL_A);
        assertFalse(d.paired());
        assertEquals(13, d.n());
        assertEquals(1.9547619047619058, d.estimate(), 1e-12);
        assertEquals(0.956851808908629, d.ciLow(), 1e-9);             // Welch–Satterthwaite df = 10.368
        assertEquals(2.9526720006151828, d.ciHigh(), 1e-9);
        assertEquals(0.001339767642083708, d.tP(), 1e-12);            // st.ttest_ind(equal_var=False)
        assertEquals(0.005340992525067212, d.rankP(), 1e-12);         // st.mannwhitneyu(use_continuity=True, method='asymptotic')
        assertEquals(2.4326573915125893, d.effect(), 1e-9);           // Cohen's d with the pooled SD
        assertEquals("d (pooled SD)", d.effectKind());
    }

    @Test
    void signedRankDropsZeroDifferencesAndUsesTheNormalApproximationWithTies() {
        double[] diffs = {1, -1, 2, 2, 3, 0, 4, 1.5};
        double[] base = new double[diffs.length];
        double[] variant = new double[diffs.length];
        for (int i = 0; i < diffs.length; i++) {
            base[i] = 10 + i;
            variant[i] = base[i] + diffs[i];
        }
        // 7 non-zero differences, W+ = 26.5 around a mean of 14, variance 35 less the tie term 12/48,
        // continuity correction towards zero: st.wilcoxon(d, zero_method='wilcox', correction=True, method='approx').
        assertEquals(0.0417851684039221, Difference.paired(variant, base).rankP(), 1e-12);
    }

    @Test
    void holmAdjustsStepDownAndLeavesMissingValuesOut() {
        double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, Double.NaN, 0.03, 0.005});
        // m = 4: 0.005*4 = 0.02, 0.01*3 = 0.03, 0.03*2 = 0.06, 0.04*1 -> monotone 0.06
        assertArrayEquals(new double[] {0.03, 0.06, Double.NaN, 0.06, 0.02}, adjusted, 1e-12);
        assertArrayEquals(new double[] {0.7}, Holm.adjust(new double[] {0.7}), 0, "one test: unchanged");
        assertEquals(1.0, Holm.adjust(new double[] {0.4, 0.5, 0.6})[2], 1e-12, "capped at 1");
    }

    @Test
    void identicalVariantsHaveNoTestRatherThanASignificantOne() {
        Difference d = Difference.paired(BASE.clone(), BASE);
        assertEquals(0, d.estimate(), 0);
        assertTrue(Double.isNaN(d.tP()) && Double.isNaN(d.rankP()) && Double.isNaN(d.ciLow()) && Double.isNaN(d.effect()));
        assertEquals(Difference.NO_VARIATION, d.noTest());
        Difference constant = Difference.unpaired(new double[] {5, 5, 5}, new double[] {5, 5, 5, 5});
        assertTrue(Double.isNaN(constant.tP()) && Double.isNaN(constant.rankP()));
        Difference one = Difference.unpaired(new double[] {5}, new double[] {4, 5});
        assertEquals(0.5, one.estimate(), 0);
        assertEquals(Difference.TOO_FEW_RUNS, one.noTest());
        assertTrue(Double.isNaN(Sample.of(new double[] {3}).ciLow()) && Double.isNaN(Sample.of(new double[] {3}).sd()));
        // Holm never turns a missing p into a significant one.
        assertTrue(Double.isNaN(Holm.adjust(new double[] {d.tP(), 0.01})[0]));
    }

    @Test
    void targetProbabilityHasAWilsonInterval() {
        TargetTally tally = new TargetTally();
        for (int i = 0; i < 20; i++) tally.add(i < 5, i);
        TargetRow row = TargetRow.of("base", TargetInfo.bare("Y7"), tally);
        assertEquals(0.25, row.probability(), 0);
        assertEquals(0.11186170140766569, row.low(), 1e-9);           // Wilson score interval, by formula
        assertEquals(0.468700877618744, row.high(), 1e-9);
        assertTrue(Double.isNaN(TargetRow.of("base", TargetInfo.bare("Y7"), null).probability()), "no runs reached it");
    }

    @Test
    void confidenceIntervalsCoverTheTrueDifferenceAboutNinetyFivePercentOfTheTime() {
        MersenneTwisterFast random = new MersenneTwisterFast(42);
        int experiments = 1000;
        double delta = 3;
        int pairedCovered = 0;
        int welchCovered = 0;
        int falsePositives = 0;
        for (int e = 0; e < experiments; e++) {
            double[] base = new double[12];
            double[] variant = new double[12];
            double[] same = new double[12];
            for (int i = 0; i < base.length; i++) {
                base[i] = 50 + 10 * random.nextGaussian();
                variant[i] = base[i] + delta + 2 * random.nextGaussian();
                same[i] = base[i] + 2 * random.nextGaussian();
            }
            Difference paired = Difference.paired(variant, base);
            if (paired.ciLow() <= delta && delta <= paired.ciHigh()) pairedCovered++;
            if (Difference.paired(same, base).tP() < 0.05) falsePositives++;
            double[] a = new double[10];
            double[] b = new double[15];
            for (int i = 0; i < a.length; i++) a[i] = 50 + delta + 10 * random.nextGaussian();
            for (int i = 0; i < b.length; i++) b[i] = 50 + 4 * random.nextGaussian();
            Difference welch = Difference.unpaired(a, b);
            if (welch.ciLow() <= delta && delta <= welch.ciHigh()) welchCovered++;
        }
        // With 1000 experiments the coverage's standard error is 0.7 percentage points.
        assertEquals(0.95, (double) pairedCovered / experiments, 0.025, "paired CI coverage");
        assertEquals(0.95, (double) welchCovered / experiments, 0.025, "Welch CI coverage");
        assertEquals(0.05, (double) falsePositives / experiments, 0.025, "false positives of the paired t-test without a difference");
    }
}
