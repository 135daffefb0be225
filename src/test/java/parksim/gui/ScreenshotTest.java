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
 * single click on the largest firm: the whole screen, captured.
 */
class ScreenshotTest {
    @Test
    void screenshot() throws Exception {
        String target = System.getProperty("parksim.screenshot");
        Assumptions.assumeTrue(target != null, "only with -Dparksim.screenshot=FILE");
        try (GuiFixture f = GuiFixture.open("yanji-projection").showConsole().stepWithConsole(40)) {
            f.display();
            FirmPortrayal.Drawn biggest = f.gui.firmsDrawn().stream()
                    .max(java.util.Comparator.comparingDouble(d -> d.firm().output12m())).orElseThrow();
            f.click(biggest.x(), biggest.y());
            Thread.sleep(1000);
            f.gui.display().repaint();
            Thread.sleep(500);
            ImageIO.write(new Robot().createScreenCapture(ParkSimWithUI.screen()), "png", new File(target));
        }
    }
}
