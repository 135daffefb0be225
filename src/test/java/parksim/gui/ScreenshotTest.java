package parksim.gui;

import java.awt.Robot;
import java.io.File;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Makes the README's screenshot, only when asked:
 * {@code xvfb-run -a -s "-screen 0 1500x1000x24" mvn -B test -Dtest=ScreenshotTest -Dparksim.screenshot=docs/gui.png}.
 * The windows as {@code gui} opens them on that screen, at the scenario's start month (the Yanji
 * projection unless {@code -Dparksim.screenshot.scenario=NAME}): the whole screen, captured.
 * {@code -Dparksim.screenshot.months=M} steps M months first and clicks on the largest firm.
 */
class ScreenshotTest {
    @Test
    void screenshot() throws Exception {
        String target = System.getProperty("parksim.screenshot");
        Assumptions.assumeTrue(target != null, "only with -Dparksim.screenshot=FILE");
        String scenario = System.getProperty("parksim.screenshot.scenario", "yanji-projection");
        int months = Integer.getInteger("parksim.screenshot.months", 0);
        try (GuiFixture f = GuiFixture.openAsGuiDoes(scenario)) {
            if (months > 0) {
                javax.swing.SwingUtilities.invokeAndWait(() -> { for (int i = 0; i < months; i++) f.console.pressPlay(); });
                f.display();
                var biggest = f.gui.firmsDrawn().stream().max(java.util.Comparator.comparingDouble(d -> d.firm().output12m()));
                if (biggest.isPresent()) f.click(biggest.get().x(), biggest.get().y()); // a map of several parks shows no firms
            }
            Thread.sleep(1000);
            f.gui.display().repaint();
            Thread.sleep(500);
            ImageIO.write(new Robot().createScreenCapture(WindowLayout.screen()), "png", new File(target));
        }
    }
}
