package parksim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Exact Shapley values against closed forms: an additive game's values are its parts; a pure interaction is split
 * equally; the values always add up to v(all) − v(none) (efficiency); and a textbook game (Osborne &amp; Rubinstein's
 * glove game: players 1 and 2 hold left gloves, 3 a right one, a pair is worth 1) gives (1/6, 1/6, 2/3).
 */
class ShapleyTest {
    /** v[mask] for a game of k players from a function of the membership bits, player i = bit (k − 1 − i). */
    private static double[] game(int k, java.util.function.IntToDoubleFunction v) {
        double[] g = new double[1 << k];
        for (int mask = 0; mask < g.length; mask++) g[mask] = v.applyAsDouble(mask);
        return g;
    }

    private static boolean in(int mask, int player, int k) {
        return (mask & (1 << (k - 1 - player))) != 0;
    }

    @Test
    void anAdditiveOutcomeIsAttributedToItsParts() {
        double[] parts = {2.0, -0.5, 3.25};
        double[] v = game(3, mask -> 10 + (in(mask, 0, 3) ? parts[0] : 0) + (in(mask, 1, 3) ? parts[1] : 0) + (in(mask, 2, 3) ? parts[2] : 0));
        assertArrayEquals(parts, Shapley.values(v, 3), 1e-12);
    }

    @Test
    void anInteractionIsSplitEqually() {
        double[] v = game(3, mask -> in(mask, 0, 3) && in(mask, 1, 3) ? 6.0 : 0.0);
        assertArrayEquals(new double[] {3, 3, 0}, Shapley.values(v, 3), 1e-12);
        double[] all = game(4, mask -> mask == 15 ? 8.0 : 0.0);
        assertArrayEquals(new double[] {2, 2, 2, 2}, Shapley.values(all, 4), 1e-12);
    }

    @Test
    void theGloveGameGivesTheTextbookValues() {
        double[] v = game(3, mask -> (in(mask, 0, 3) || in(mask, 1, 3)) && in(mask, 2, 3) ? 1.0 : 0.0);
        assertArrayEquals(new double[] {1 / 6.0, 1 / 6.0, 2 / 3.0}, Shapley.values(v, 3), 1e-12);
    }

    @Test
    void theValuesAlwaysAddUpToThePackagesEffect() {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        for (int k = 1; k <= 5; k++) {
            double[] v = new double[1 << k];
            for (int i = 0; i < v.length; i++) v[i] = random.nextGaussian() * 10;
            assertEquals(v[v.length - 1] - v[0], Arrays.stream(Shapley.values(v, k)).sum(), 1e-9, "k = " + k);
        }
    }
}
