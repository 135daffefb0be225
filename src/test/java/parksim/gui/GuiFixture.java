package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Assumptions;
import parksim.TestScenarios;
import parksim.scenario.LoadedScenario;
import sim.display.Console;

/**
 * A scenario opened in the real MASON Console (not shown), stepped without pressing Play.
 * GUI tests need a display: without one they are skipped, unless {@code PARKSIM_REQUIRE_DISPLAY=1},
 * which makes them fail instead, so CI can never pass by skipping them.
 */
final class GuiFixture implements AutoCloseable {
    private static final AtomicBoolean toldSkipping = new AtomicBoolean();
    final ParkSimWithUI gui;
    final Console console;

    private GuiFixture(ParkSimWithUI gui, Console console) {
        this.gui = gui;
        this.console = console;
    }

    static void requireDisplay() {
        boolean headless = GraphicsEnvironment.isHeadless();
        if ("1".equals(System.getenv("PARKSIM_REQUIRE_DISPLAY"))) {
            assertFalse(headless, "PARKSIM_REQUIRE_DISPLAY=1, but there is no display: run the tests under xvfb-run -a");
        } else {
            if (headless && !toldSkipping.getAndSet(true)) {
                // Once, in the build log: a skipped count alone does not say that the GUI went untested.
                System.out.println("parksim: no display, so the GUI tests are SKIPPED (they count as skipped, not passed); "
                        + "run the tests under xvfb-run -a to include them");
            }
            Assumptions.assumeFalse(headless, "no display: GUI test skipped (run the tests under xvfb-run -a)");
        }
    }

    static GuiFixture open(String scenario) throws Exception {
        return open(TestScenarios.load(scenario), TestScenarios.load(scenario).scenario().seed());
    }

    static GuiFixture open(LoadedScenario loaded, long seed) throws Exception {
        requireDisplay();
        AtomicReference<GuiFixture> made = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            ParkSimWithUI gui = new ParkSimWithUI(loaded, seed);
            made.set(new GuiFixture(gui, gui.openConsole()));
        });
        return made.get();
    }

    /** Starts a run as the Play button would, without playing. */
    GuiFixture start() {
        gui.start();
        return this;
    }

    /** Steps {@code months} months as the Step button would; returns how many were simulated. */
    int step(int months) {
        int done = 0;
        for (int i = 0; i < months && gui.step(); i++) done++;
        return done;
    }

    BufferedImage display() throws Exception {
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> image.set(copy(gui.displayImage())));
        return image.get();
    }

    private static BufferedImage copy(BufferedImage shared) {
        BufferedImage out = new BufferedImage(shared.getWidth(), shared.getHeight(), BufferedImage.TYPE_INT_RGB);
        out.createGraphics().drawImage(shared, 0, 0, null);
        return out;
    }

    @Override
    public void close() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            gui.finish();
            gui.quit();
            console.dispose();
        });
    }
}
