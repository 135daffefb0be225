package parksim.gui;

import java.io.File;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ExploreTest {
    @Test
    void render() throws Exception {
        for (String s : new String[] {"yanji-projection", "china-cell-parks", "chengdu-tianfu"}) {
            try (GuiFixture f = GuiFixture.open(s).start()) {
                f.step(s.equals("china-cell-parks") ? 120 : 40);
                ImageIO.write(f.display(), "png", new File("/tmp/explore-" + s + ".png"));
                for (ParkCharts.Chart c : f.gui.charts().charts()) {
                    ImageIO.write(c.generator().getChart().createBufferedImage(640, 400), "png", new File("/tmp/explore-" + s + "-" + c.id() + ".png"));
                }
                System.out.println(s + " drawn firms " + f.gui.firmsDrawn().size());
            }
        }
    }
}
