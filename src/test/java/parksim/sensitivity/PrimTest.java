package parksim.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PRIM recovers a known box: cases of interest are exactly x1 >= 0.6 and x2 <= 0.3 among four uniform inputs. */
class PrimTest {
    private static final double TOLERANCE = 0.05;

    @Test
    void recoversTheBoxWhereTheConditionHolds() {
        MersenneTwisterFast random = new MersenneTwisterFast(42);
        int n = 3000;
        double[][] x = new double[n][4];
        boolean[] y = new boolean[n];
        for (int c = 0; c < n; c++) {
            for (int d = 0; d < 4; d++) x[c][d] = random.nextDouble();
            y[c] = x[c][0] >= 0.6 && x[c][1] <= 0.3;
        }
        Prim prim = new Prim(0.05, 0.05);
        List<Prim.Box> trajectory = prim.peel(x, y);
        assertEquals(1.0, trajectory.get(0).coverage(), 1e-12);
        assertEquals(n, trajectory.get(0).cases());
        for (int s = 1; s < trajectory.size(); s++) {
            assertTrue(trajectory.get(s).mass() < trajectory.get(s - 1).mass(), "each peel removes cases");
        }
        Prim.Box box = Prim.choose(trajectory, 0.95);
        assertEquals(List.of(0, 1), box.restricted(), "only x1 and x2 are restricted");
        assertEquals(0.6, box.lower()[0], TOLERANCE);
        assertEquals(1.0, box.upper()[0], TOLERANCE);
        assertEquals(0.0, box.lower()[1], TOLERANCE);
        assertEquals(0.3, box.upper()[1], TOLERANCE);
        assertTrue(box.coverage() > 0.85 && box.density() >= 0.95, "coverage " + box.coverage() + ", density " + box.density());
        for (Prim.Restriction r : prim.restrictions(x, y, box)) assertTrue(r.pValue() < 1e-6, "restriction " + r + " is significant");
    }

    @Test
    void aRestrictionOnAnIrrelevantInputIsNotSignificant() {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        int n = 2000;
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        for (int c = 0; c < n; c++) {
            x[c][0] = random.nextDouble();
            x[c][1] = random.nextDouble();
            y[c] = x[c][0] >= 0.5;
        }
        Prim.Box box = new Prim(0.05, 0.05).peel(x, y).get(0);
        Prim.Box handMade = new Prim.Box(new double[] {0.5, 0.0}, new double[] {1.0, 0.8}, 0, 0, 0, 0, 0, List.of(0, 1));
        List<Prim.Restriction> r = new Prim(0.05, 0.05).restrictions(x, y, withCounts(x, y, handMade));
        assertTrue(r.get(0).pValue() < 1e-6, "x1 matters: " + r.get(0));
        assertTrue(r.get(1).pValue() > 0.05, "x2 does not: " + r.get(1));
        assertEquals(1.0, box.mass(), 1e-12);
    }

    private static Prim.Box withCounts(double[][] x, boolean[] y, Prim.Box b) {
        int cases = 0, hits = 0;
        for (int c = 0; c < x.length; c++) {
            boolean in = true;
            for (int d = 0; d < x[c].length; d++) in &= x[c][d] >= b.lower()[d] && x[c][d] <= b.upper()[d];
            if (in) {
                cases++;
                if (y[c]) hits++;
            }
        }
        return new Prim.Box(b.lower(), b.upper(), cases, hits, 0, 0, 0, b.restricted());
    }

    @Test
    void theChosenBoxRestrictsSomethingEvenWhenTheConditionIsCommon() {
        Prim.Box all = new Prim.Box(new double[] {0}, new double[] {1}, 100, 85, 1.0, 0.85, 1.0, List.of());
        Prim.Box narrower = new Prim.Box(new double[] {0}, new double[] {0.9}, 90, 81, 0.95, 0.9, 0.9, List.of(0));
        Prim.Box densest = new Prim.Box(new double[] {0}, new double[] {0.5}, 50, 50, 0.59, 1.0, 0.5, List.of(0));
        assertEquals(narrower, Prim.choose(List.of(all, narrower, densest), 0.8));
        assertEquals(densest, Prim.choose(List.of(all, narrower, densest), 0.95));
        assertEquals(densest, Prim.choose(List.of(all, narrower, densest), 1.5), "none reaches the threshold: the densest");
    }
}
