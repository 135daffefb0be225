package parksim.calibrate;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/** MASON's generator behind commons-math's interface, so the optimiser draws from the same kind of stream as the model. */
public final class MasonRandom extends AbstractRandomGenerator {
    private MersenneTwisterFast random;

    public MasonRandom(long seed) {
        setSeed(seed);
    }

    @Override
    public void setSeed(long seed) {
        random = new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), 0x6361_6c69});
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }
}
