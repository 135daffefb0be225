package parksim.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Sobol indices against analytical values: the Ishigami function and Sobol's G function. */
class SobolIndicesTest {
    private static double[] evaluate(double[][] unit, ToDoubleFunction<double[]> f) {
        double[] y = new double[unit.length];
        for (int p = 0; p < unit.length; p++) y[p] = f.applyAsDouble(unit[p]);
        return y;
    }

    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0], x2 = -Math.PI + 2 * Math.PI * u[1], x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void ishigamiIntervalsCoverTheAnalyticalIndices() {
        // a = 7, b = 0.1 (Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, p. 179)
        double[] s1 = {0.3139, 0.4424, 0.0};
        double[] st = {0.5576, 0.4424, 0.2437};
        int n = 4096;
        SobolIndices s = SobolIndices.estimate(evaluate(UnitDesign.saltelli(n, 3), SobolIndicesTest::ishigami), n, 3, 500, 1);
        for (int i = 0; i < 3; i++) {
            assertTrue(s.first().get(i).covers(s1[i], 1e-9), "S1 of x" + (i + 1) + " " + s.first().get(i) + " covers " + s1[i]);
            assertTrue(s.total().get(i).covers(st[i], 1e-9), "ST of x" + (i + 1) + " " + s.total().get(i) + " covers " + st[i]);
            assertEquals(s1[i], s.first().get(i).value(), 0.03, "S1 of x" + (i + 1));
            assertEquals(st[i], s.total().get(i).value(), 0.03, "ST of x" + (i + 1));
            assertTrue(s.first().get(i).high() - s.first().get(i).low() < 0.15, "a usefully narrow interval");
        }
        assertEquals(13.8446, s.variance(), 0.5, "V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2");
    }

    @Test
    void ishigamiSecondOrderIntervalsCoverTheAnalyticalIndices() {
        // x1 and x3 interact through b x3^4 sin x1: S13 = ST3 - S3 = 0.2437; no other pair interacts.
        int n = 4096;
        SobolIndices s = SobolIndices.estimate(evaluate(UnitDesign.saltelli(n, 3, true), SobolIndicesTest::ishigami), n, 3, true, 500, 5);
        double[] s2 = {0.0, 0.2437, 0.0};
        String[] pairs = {"x1 x2", "x1 x3", "x2 x3"};
        for (int p = 0; p < 3; p++) {
            assertTrue(s.second().get(p).covers(s2[p], 1e-9), "S2 of " + pairs[p] + " " + s.second().get(p) + " covers " + s2[p]);
            assertEquals(s2[p], s.second().get(p).value(), 0.05, "S2 of " + pairs[p]);
        }
        assertEquals(0.3139, s.first().get(0).value(), 0.03, "the same first-order indices from the larger design");
        assertTrue(SobolIndices.estimate(evaluate(UnitDesign.saltelli(64, 3), SobolIndicesTest::ishigami), 64, 3, 10, 1).second().isEmpty());
    }

    @Test
    void sobolGFunctionIntervalsCoverTheAnalyticalIndices() {
        double[] a = {0, 1, 4.5, 9, 99, 99};
        int k = a.length;
        double[] partial = new double[k];
        double product = 1;
        for (int i = 0; i < k; i++) {
            partial[i] = 1.0 / (3 * (1 + a[i]) * (1 + a[i]));
            product *= 1 + partial[i];
        }
        double variance = product - 1;
        int n = 4096;
        SobolIndices s = SobolIndices.estimate(evaluate(UnitDesign.saltelli(n, k), u -> {
            double g = 1;
            for (int i = 0; i < k; i++) g *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
            return g;
        }), n, k, 500, 2);
        for (int i = 0; i < k; i++) {
            double first = partial[i] / variance;
            double total = partial[i] * product / (1 + partial[i]) / variance;
            assertTrue(s.first().get(i).covers(first, 1e-9), "S1 of x" + (i + 1) + " " + s.first().get(i) + " covers " + first);
            assertTrue(s.total().get(i).covers(total, 1e-9), "ST of x" + (i + 1) + " " + s.total().get(i) + " covers " + total);
        }
    }

    @Test
    void aConstantOutputHasNoIndices() {
        SobolIndices s = SobolIndices.estimate(new double[16 * 4], 16, 2, 50, 3);
        assertTrue(Double.isNaN(s.first().get(0).value()) && Double.isNaN(s.total().get(1).value()));
    }

    @Test
    void theSameDataGiveTheSameIntervals() {
        double[] y = evaluate(UnitDesign.saltelli(64, 3), SobolIndicesTest::ishigami);
        assertEquals(SobolIndices.estimate(y, 64, 3, 200, 9), SobolIndices.estimate(y, 64, 3, 200, 9));
    }
}
