package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The window arrangement on screens from a small laptop to a large monitor, without opening a window. */
class WindowLayoutTest {
    private static final Dimension FRAME = new Dimension(ParkSimWithUI.DISPLAY_WIDTH + 16, ParkSimWithUI.DISPLAY_HEIGHT + 70);
    private static final Dimension DRAWING = new Dimension(ParkSimWithUI.DISPLAY_WIDTH, ParkSimWithUI.DISPLAY_HEIGHT);

    @ParameterizedTest
    @CsvSource({"1500,1000", "1366,768", "1280,720", "1920,1080", "2560,1400"})
    void theWindowsTileTheScreenWithoutOverlap(int width, int height) {
        Rectangle screen = new Rectangle(0, 24, width, height - 24);
        WindowLayout l = WindowLayout.fit(screen, FRAME, DRAWING);
        List<Rectangle> all = List.of(l.display(), l.console(), l.charts());
        for (Rectangle r : all) {
            assertTrue(screen.contains(r), r + " on " + screen);
            for (Rectangle other : all) if (r != other) assertFalse(r.intersects(other), r + " overlaps " + other);
        }
        assertTrue(l.console().width >= Math.min(WindowLayout.MIN_CONSOLE_WIDTH, screen.width / 3), "the Console keeps room for its inspectors");
        assertTrue(l.charts().height >= Math.min(WindowLayout.MIN_CHARTS_HEIGHT, screen.height / 3), "the charts keep room");
        double scale = l.displayScale();
        assertTrue(scale <= 1 && scale > 0.4);
        assertTrue(FRAME.width - DRAWING.width + DRAWING.width * scale <= l.display().width, "the scaled drawing fits its window");
        assertTrue(FRAME.height - DRAWING.height + DRAWING.height * scale <= l.display().height);
        if (width >= 1500) assertEquals(1.0, scale, "a large screen shows the display at full size");
    }
}
