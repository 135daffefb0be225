package parksim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A firm's owed and promised sums are the compensated sum the JDK's DoubleStream computes, to the bit. */
class FirmLedgerTest {
    @Test
    void theLoopSumsAsTheStreamDoes() {
        SplittableRandom r = new SplittableRandom(17);
        for (int i = 0; i < 200_000; i++) {
            double[] values = new double[r.nextInt(0, 7)];
            for (int k = 0; k < values.length; k++) {
                // Amounts owed as the model makes them: mostly zero, else yuan amounts of very different sizes.
                values[k] = r.nextInt(3) == 0 ? 0 : r.nextDouble() * Math.pow(10, r.nextInt(0, 10));
            }
            assertEquals(Arrays.stream(values).sum(), FirmLedger.sum(values), 0.0, () -> Arrays.toString(values));
        }
        double[] infinite = {1, Double.POSITIVE_INFINITY, 2};
        assertEquals(Arrays.stream(infinite).sum(), FirmLedger.sum(infinite), 0.0);
    }
}
