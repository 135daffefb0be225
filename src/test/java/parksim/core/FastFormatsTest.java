package parksim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import parksim.observe.RunIdentity;

/** The hand-built formats of result cells write exactly what the Formatter they replace wrote. */
class FastFormatsTest {
    private static String formatterShare(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        return s.equals("-0.0000") ? "0.0000" : s;
    }

    @Test
    void sharesAreWrittenAsPercentFourF() {
        double[] edges = {0, -0.0, 1, -1, 0.5, 0.00005, 0.00015, -0.00005, -0.00004999, 1.00005, 2.00005, 0.12345, 0.99995,
                0.999949999, 123456789.123456789, 1e-300, -1e-300, 1e20, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, Double.MAX_VALUE,
                Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : edges) assertEquals(formatterShare(v), Fmt.share(v), "value " + v);
        SplittableRandom random = new SplittableRandom(20);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextDouble();                                // a share
                case 1 -> Math.round(random.nextDouble() * 20000) / 20000.0;   // ties at the fifth decimal
                case 2 -> (random.nextDouble() - 0.5) * 1e6;
                default -> random.nextInt(100_000) / 100_000.0 + random.nextInt(10);
            };
            assertEquals(formatterShare(v), Fmt.share(v), "value " + v);
        }
    }

    @Test
    void monthsAreWrittenYyyyMm() {
        for (int year : new int[] {0, 7, 99, 999, 2025, 9999, 10000, -1}) {
            for (int month = 1; month <= 12; month++) {
                assertEquals(String.format("%04d-%02d", year, month), new CalendarMonth(year, month).toString());
            }
        }
    }

    @Test
    void runIdsPadTheReplicateToThreeDigits() {
        for (int r : new int[] {0, 5, 42, 999, 1000, 123456, -3}) {
            assertEquals(String.format("%s-r%03d", "base", r), RunIdentity.of("s", "base", r, 1).runId());
        }
    }
}
