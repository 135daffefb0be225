package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The first screen: the Console, the display and one chart window side by side, the display uncovered. */
class LayoutTest {
    @ParameterizedTest
    @ValueSource(strings = {"yanji-projection", "china-cell-parks"})
    void noWindowCoversTheDisplayAndAllFitOnTheScreen(String scenario) throws Exception {
        try (GuiFixture f = GuiFixture.open(scenario).showConsole()) {
            AtomicReference<List<Window>> shown = new AtomicReference<>();
            AtomicReference<Rectangle> display = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                List<Window> windows = new ArrayList<>();
                for (Window w : Window.getWindows()) if (w.isShowing()) windows.add(w);
                shown.set(windows);
                display.set(f.gui.display().getFrame().getBounds());
            });
            Rectangle screen = WindowLayout.screen();
            assertEquals(3, shown.get().size(), "the Console, the display and the chart window, nothing else: " + titles(shown.get()));
            for (Window w : shown.get()) {
                assertTrue(screen.contains(w.getBounds()), title(w) + " " + w.getBounds() + " lies on the screen " + screen);
                if (w != f.gui.display().getFrame()) assertFalse(w.getBounds().intersects(display.get()), title(w) + " covers the display");
            }
            var inner = f.gui.display().insideDisplay;
            assertEquals(inner.getSize(), inner.getVisibleRect().getSize(), "the whole drawing is visible without scrolling");
            assertFalse(f.gui.display().display.getHorizontalScrollBar().isVisible() || f.gui.display().display.getVerticalScrollBar().isVisible(),
                    "no scroll bar takes room from the drawing");
            JTabbedPane tabs = find(f.gui.chartWindow().getContentPane(), JTabbedPane.class);
            assertEquals(f.gui.charts().charts().size(), tabs.getTabCount(), "every chart is a tab of the one chart window");
        }
    }

    private static String title(Window w) {
        return w instanceof JFrame j ? j.getTitle() : w.getClass().getSimpleName();
    }

    private static String titles(List<Window> windows) {
        return windows.stream().map(LayoutTest::title).toList().toString();
    }

    static <T> T find(java.awt.Container c, Class<T> type) {
        for (java.awt.Component child : c.getComponents()) {
            if (type.isInstance(child)) return type.cast(child);
            if (child instanceof java.awt.Container inner) {
                T found = find(inner, type);
                if (found != null) return found;
            }
        }
        return null;
    }
}
