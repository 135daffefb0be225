package parksim.gui;

import java.awt.Robot;
import java.io.File;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Makes the README's screenshot, only when asked:
 * {@code xvfb-run -a -s "-screen 0 1500x1000x24" mvn -B test -Dtest=ScreenshotTest -Dparksim.screenshot=docs/gui.png}.
 * The windows as {@code gui} arranges them on that screen, the Yanji projection 40 months in, after a
 * single click on the largest firm (none on a map of several parks): the whole screen, captured. {@code -Dparksim.screenshot.scenario=NAME}
 * takes another bundled scenario.
 */
class ScreenshotTest {
    @Test
    void screenshot() throws Exception {
        String target = System.getProperty("parksim.screenshot");
        Assumptions.assumeTrue(target != null, "only with -Dparksim.screenshot=FILE");
        String scenario = System.getProperty("parksim.screenshot.scenario", "yanji-projection");
        try (GuiFixture f = GuiFixture.open(scenario).showConsole().stepWithConsole(40)) {
            f.display();
            var biggest = f.gui.firmsDrawn().stream().max(java.util.Comparator.comparingDouble(d -> d.firm().output12m()));
            if (biggest.isPresent()) f.click(biggest.get().x(), biggest.get().y()); // a map of several parks shows no firms
            Thread.sleep(1000);
            f.gui.display().repaint();
            Thread.sleep(500);
            ImageIO.write(new Robot().createScreenCapture(WindowLayout.screen()), "png", new File(target));
        }
    }
}
