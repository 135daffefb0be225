package parksim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WeightedQuantileTest {
    /** Equal weights give R's quantile(x, p, type = 1); the expected values are numpy's quantile(x, p, method='inverted_cdf') (the same definition) for x = [7, 1, 4, 9, 3, 3, 12, 5]. */
    @Test
    void equalWeightsMatchRsTypeOneQuantile() {
        double[] x = {7, 1, 4, 9, 3, 3, 12, 5};
        double[] w = {1, 1, 1, 1, 1, 1, 1, 1};
        assertEquals(1, WeightedQuantile.of(x, w, 0.05), 0);   // quantile(x, .05, type=1) = 1
        assertEquals(3, WeightedQuantile.of(x, w, 0.25), 0);   // = 3
        assertEquals(4, WeightedQuantile.of(x, w, 0.5), 0);    // = 4
        assertEquals(9, WeightedQuantile.of(x, w, 0.8), 0);    // = 9
        assertEquals(12, WeightedQuantile.of(x, w, 0.95), 0);  // = 12
    }

    /** An integer weight k counts like k copies of the value. */
    @Test
    void integerWeightsCountLikeRepeatedValues() {
        double[] x = {10, 20, 30};
        double[] w = {1, 2, 1};
        double[] copies = {10, 20, 20, 30};
        double[] ones = {1, 1, 1, 1};
        for (double p : new double[] {0.05, 0.25, 0.5, 0.75, 0.95}) {
            assertEquals(WeightedQuantile.of(copies, ones, p), WeightedQuantile.of(x, w, p), 0, "p = " + p);
        }
    }
}
