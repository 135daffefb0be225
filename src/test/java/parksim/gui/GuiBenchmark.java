package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.scenario.Scenario;

/**
 * What watching costs: the whole china-cell-parks run (4 parks, 180 months) stepped in the GUI,
 * with and without painting the display every month, against the model's own time. Prints the
 * figures; run with {@code xvfb-run -a mvn -B test -Pbench -Dtest=GuiBenchmark}.
 */
@Tag("benchmark")
class GuiBenchmark {
    @Test
    void stepsAndPaintsOfALongMultiParkRun() throws Exception {
        Scenario s = TestScenarios.load("china-cell-parks").scenario();
        long t0 = System.nanoTime();
        TestScenarios.ranToEnd(s);
        double model = (System.nanoTime() - t0) / 1e6;

        try (GuiFixture f = GuiFixture.open("china-cell-parks")) {
            f.start();
            long t1 = System.nanoTime();
            int months = f.step(s.months());
            double stepped = (System.nanoTime() - t1) / 1e6;
            assertEquals(s.months().intValue(), months);

            f.gui.finish();
            f.start();
            long paint = 0;
            int firms = 0;
            long t2 = System.nanoTime();
            for (int m = 0; m < s.months(); m++) {
                f.step(1);
                long p0 = System.nanoTime();
                f.display();
                paint += System.nanoTime() - p0;
                firms = f.gui.firmsDrawn().size();
            }
            double painted = (System.nanoTime() - t2) / 1e6;
            System.out.printf(Locale.ROOT, "GuiBenchmark china-cell-parks, %d months: model alone %.0f ms; GUI stepping (scene, charts) %.0f ms; "
                    + "GUI stepping and painting every month %.0f ms (painting %.1f ms a month on average, %d firms drawn at the end)%n",
                    months, model, stepped, painted, paint / 1e6 / months, firms);
        }
    }
}
