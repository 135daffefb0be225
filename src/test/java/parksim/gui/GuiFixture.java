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

    /** Opens the scenario as {@code parksim gui} does: the Console shown, the run started paused at its first month. */
    static GuiFixture openAsGuiDoes(String scenario) throws Exception {
        requireDisplay();
        LoadedScenario loaded = TestScenarios.load(scenario);
        AtomicReference<GuiFixture> made = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            ParkSimWithUI gui = new ParkSimWithUI(loaded, loaded.scenario().seed());
            made.set(new GuiFixture(gui, (Console) gui.createController()));
        });
        SwingUtilities.invokeAndWait(() -> { });
        return made.get();
    }

    /** Starts a run as the Play button would, without playing. */
    GuiFixture start() {
        gui.start();
        return this;
    }

    /**
     * Steps {@code months} months as the Step button would, holding the schedule's lock as the
     * Console does (the display paints under it); returns how many were simulated.
     */
    int step(int months) {
        int done = 0;
        for (int i = 0; i < months; i++) {
            synchronized (gui.state.schedule) {
                if (!gui.step()) break;
            }
            done++;
        }
        return done;
    }

    /** Starts a run and steps {@code months} months with the Console's own buttons (Pause, then Step), as a user would. */
    GuiFixture stepWithConsole(int months) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            console.pressPause();
            for (int i = 0; i < months; i++) console.pressPlay();
        });
        return this;
    }

    /** Shows the Console, where the user sees it. */
    GuiFixture showConsole() throws Exception {
        SwingUtilities.invokeAndWait(() -> console.setVisible(true));
        return this;
    }

    /** Clicks once, with the real mouse, at a point of the display's drawing (pixels, as {@link #display()} paints it). */
    void click(double x, double y) throws Exception {
        AtomicReference<java.awt.Point> origin = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> origin.set(gui.display().insideDisplay.getLocationOnScreen()));
        java.awt.Robot robot = new java.awt.Robot();
        robot.setAutoDelay(40);
        robot.mouseMove(origin.get().x + (int) Math.round(x), origin.get().y + (int) Math.round(y));
        robot.mousePress(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
        // a second click within the double-click interval would count as one; let it pass
        robot.delay(java.awt.Toolkit.getDefaultToolkit().getDesktopProperty("awt.multiClickInterval") instanceof Integer i ? i + 50 : 600);
        SwingUtilities.invokeAndWait(() -> { });
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
