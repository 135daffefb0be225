package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComboBox;
import org.junit.jupiter.api.Test;
import sim.display.Console;

/** What a user sees when {@code gui} opens, before pressing anything. */
class OpeningTest {
    @Test
    void theGuiOpensOnTheParkAtItsStartMonthDrawnWithItsStatusFilled() throws Exception {
        try (GuiFixture f = GuiFixture.openAsGuiDoes("yanji-projection")) {
            assertEquals(Console.PS_PAUSED, f.console.getPlayState(), "the run is started, paused, without pressing Play or Pause");
            assertEquals(0, f.gui.simulation().monthsDone(), "at its start month");
            assertTrue(f.gui.status().getRowCount() > 0, "the status table is filled");
            assertFalse(String.valueOf(f.gui.status().getValueAt(0, 1)).isBlank(), "with the park's figures");
            BufferedImage image = f.display();
            assertTrue(nonBackground(image) > image.getWidth() * image.getHeight() / 50, "the park is drawn, not a blank display");
            assertFalse(f.gui.firmsDrawn().isEmpty(), "the initial tenants are drawn");
        }
    }

    @Test
    void theConsoleIsTitledWithTheScenarioCountsMonthsAndPlaysAFewMonthsASecond() throws Exception {
        try (GuiFixture f = GuiFixture.openAsGuiDoes("yanji-projection")) {
            assertEquals("yanji-projection — parksim console", f.console.getTitle());
            assertEquals(ParkSimWithUI.PLAY_SLEEP_MS, f.console.getPlaySleep());
            long perSecond = 1000 / ParkSimWithUI.PLAY_SLEEP_MS;
            assertTrue(perSecond >= 2 && perSecond <= 5, "a few months a second: " + perSecond);
            List<JComboBox<?>> boxes = new ArrayList<>();
            collect(f.console, boxes);
            assertTrue(boxes.stream().anyMatch(b -> "Months".equals(b.getSelectedItem())), "the Console counts months");
            assertTrue(boxes.stream().noneMatch(b -> "Steps".equals(b.getSelectedItem())));
        }
    }

    private static void collect(java.awt.Container c, List<JComboBox<?>> boxes) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof JComboBox<?> b) boxes.add(b);
            if (child instanceof java.awt.Container inner) collect(inner, boxes);
        }
    }

    private static long nonBackground(BufferedImage image) {
        int background = image.getRGB(0, 0);
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) for (int x = 0; x < image.getWidth(); x++) if (image.getRGB(x, y) != background) n++;
        return n;
    }
}
