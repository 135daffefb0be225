package parksim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The rank tests against values computed independently with scipy (cited in each test). */
class RankTestsTest {
    private static final double TIGHT = 1e-12;

    @Test
    void wilcoxonWithTiesAndZerosUsesTheCorrectedNormalApproximation() {
        // Count data: 22 pairs, 4 without difference (dropped), many tied |d|.
        // scipy.stats.wilcoxon(v, b, zero_method="wilcox", correction=True, method="approx"): p = 0.00113013;
        // ttest_rel(v, b): p = 0.000205220.
        double[] b = {10, 12, 9, 11, 13, 8, 10, 12, 11, 9, 14, 10, 9, 11, 12, 10, 13, 11, 10, 12, 9, 11};
        double[] d = {1, 2, 0, 1, 3, 1, 0, 2, 1, -1, 2, 1, 0, 1, 2, 1, 1, 0, 2, 1, -1, 1};
        double[] v = new double[b.length];
        for (int i = 0; i < b.length; i++) v[i] = b[i] + d[i];
        assertEquals(0.0011301263730061728, RankTests.wilcoxon(v, b), 1e-10);
    }

    @Test
    void wilcoxonWithoutTiesAboveTheExactLimit() {
        // 22 untied differences: scipy.stats.wilcoxon(dd, method="approx", correction=True): p = 0.00347894.
        // (commons-math3's own approximation gives 0.00313: its continuity correction has the wrong sign.)
        double[] dd = {0.3, -1.2, 2.5, 1.7, -0.4, 3.1, 2.2, 0.9, 1.4, -0.7, 2.8, 1.1, 0.6, -1.9, 2.0, 1.3, 0.2, 2.6, -0.1, 1.8, 0.75, 3.4};
        assertEquals(0.003478937041767551, RankTests.wilcoxon(dd, new double[dd.length]), 1e-10);
    }

    @Test
    void wilcoxonDropsPairsWithoutDifferenceBeforeTheExactTest() {
        // Two equal pairs added to the 1..5 example leave the exact p at 2 / 2^5.
        double[] base = {10, 12, 9, 11, 13, 7, 7};
        double[] variant = {11, 14, 12, 15, 18, 7, 7};
        assertEquals(0.0625, RankTests.wilcoxon(variant, base), TIGHT);
    }

    @Test
    void mannWhitneyWithTies() {
        // scipy.stats.mannwhitneyu(y, x, use_continuity=True, method="asymptotic"): U = 70.5, p = 0.288169.
        // ttest_ind(y, x, equal_var=False): p = 0.207589, df = 18.6322, CI [-1.039995, 4.476359].
        double[] x = {3, 5, 5, 6, 7, 7, 7, 9, 10, 12};
        double[] y = {4, 5, 6, 6, 8, 9, 9, 11, 12, 13, 14};
        assertEquals(0.2881689771320989, RankTests.mannWhitney(y, x), 1e-10);
    }

}
