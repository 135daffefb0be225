package parksim.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

class ReplicationNoiseTest {
    @Test
    void byHand() {
        // means 2 and 6: variance of the means 8; within-point variances 2 and 2, over R = 2: 1; share 1/8
        assertEquals(0.125, ReplicationNoise.share(new double[][] {{1, 3}, {5, 7}}), 1e-12);
        assertEquals(1.0, ReplicationNoise.share(new double[][] {{1, 3}, {3, 1}}), 1e-12, "only noise");
        assertTrue(Double.isNaN(ReplicationNoise.share(new double[][] {{1}, {2}})), "one replicate: not measured");
    }

    @Test
    void recoversAKnownNoiseShare() {
        // point effects with variance 1, noise with variance 4, R = 4: noise of a mean 1, share 1 / (1 + 1) = 0.5
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        double[][] v = new double[20000][4];
        for (double[] point : v) {
            double effect = random.nextGaussian();
            for (int r = 0; r < 4; r++) point[r] = 10 + effect + 2 * random.nextGaussian();
        }
        assertEquals(0.5, ReplicationNoise.share(v), 0.02);
    }
}
