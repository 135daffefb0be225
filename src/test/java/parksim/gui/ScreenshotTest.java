package parksim.gui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.io.File;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Makes the README's screenshot, only when asked:
 * {@code xvfb-run -a -s "-screen 0 1500x1000x24" mvn -B test -Dtest=ScreenshotTest -Dparksim.screenshot=docs/gui.png}.
 * The Yanji projection 40 months in, a firm's inspector open, captured from the screen.
 */
class ScreenshotTest {
    @Test
    void screenshot() throws Exception {
        String target = System.getProperty("parksim.screenshot");
        Assumptions.assumeTrue(target != null, "only with -Dparksim.screenshot=FILE");
        try (GuiFixture f = GuiFixture.open("yanji-projection").start()) {
            f.step(40);
            f.display();
            FirmPortrayal.Drawn biggest = f.gui.firmsDrawn().stream()
                    .max(java.util.Comparator.comparingDouble(d -> d.firm().output12m())).orElseThrow();
            SwingUtilities.invokeAndWait(() -> {
                FirmView firm = f.gui.scene().view(biggest.firm());
                sim.util.Bag inspectors = new sim.util.Bag();
                inspectors.add(new sim.portrayal.SimpleInspector(firm, f.gui, "Firm " + firm.getId()));
                sim.util.Bag names = new sim.util.Bag();
                names.add("Firm " + firm.getId());
                f.console.setInspectors(inspectors, names);
                JFrame display = (JFrame) f.gui.display().getFrame();
                display.setLocation(0, 0);
                f.console.setBounds(display.getWidth(), 0, 470, display.getHeight() + 330);
                f.console.setVisible(true);
                int i = 0;
                for (ParkCharts.Chart c : f.gui.charts().charts()) {
                    JFrame frame = c.generator().getFrame();
                    frame.setVisible(c.id().startsWith("tenants") || c.id().equals("output"));
                    if (frame.isVisible()) frame.setBounds(i++ == 0 ? 0 : display.getWidth() / 2, display.getHeight(), display.getWidth() / 2, 330);
                }
            });
            Thread.sleep(1500);
            f.gui.display().repaint();
            Thread.sleep(500);
            JFrame display = (JFrame) f.gui.display().getFrame();
            Rectangle area = new Rectangle(0, 0, display.getWidth() + 470, display.getHeight() + 330);
            ImageIO.write(new Robot().createScreenCapture(area), "png", new File(target));
        }
    }
}
