package parksim.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Elementary effects against analytical values. For f = 3 x1 + x2 x3 on the unit cube with the radial design,
 * EE1 = 3 always; EE2 = x3 and EE3 = x2 at the base point, uniform on [0, 1], so mu* = mu = 1/2 and
 * sigma = 1/sqrt(12); x4 does nothing.
 */
class MorrisEffectsTest {
    @Test
    void intervalsCoverTheAnalyticalEffects() {
        int n = 512, k = 4;
        double[][] unit = UnitDesign.radial(n, k);
        double[] y = new double[unit.length];
        for (int p = 0; p < unit.length; p++) y[p] = 3 * unit[p][0] + unit[p][1] * unit[p][2];
        MorrisEffects m = MorrisEffects.estimate(y, unit, n, k, 500, 4);

        assertEquals(3, m.muStar().get(0).value(), 1e-9);
        assertEquals(0, m.sigma().get(0).value(), 1e-9);
        double sigma = 1 / Math.sqrt(12);
        for (int i = 1; i <= 2; i++) {
            assertTrue(m.muStar().get(i).covers(0.5, 0), "mu* of x" + (i + 1) + " " + m.muStar().get(i));
            assertTrue(m.mu().get(i).covers(0.5, 0), "mu of x" + (i + 1) + " " + m.mu().get(i));
            assertTrue(m.sigma().get(i).covers(sigma, 0), "sigma of x" + (i + 1) + " " + m.sigma().get(i));
        }
        assertEquals(0, m.muStar().get(3).value(), 1e-12);
    }

    @Test
    void aStepThatRoundsToNothingGivesNoEffect() {
        double[][] unit = {{0.2}, {0.2}, {0.4}, {0.9}};
        double[] y = {1, 5, 1, 2};
        MorrisEffects m = MorrisEffects.estimate(y, unit, 2, 1, 10, 1);
        assertEquals(2, m.muStar().get(0).value(), 1e-12, "only the second sample's effect, 1 / 0.5");
    }
}
