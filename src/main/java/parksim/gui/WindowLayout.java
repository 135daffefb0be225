package parksim.gui;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import javax.swing.JFrame;
import sim.display.Console;
import sim.display.Display2D;

/**
 * Where the three windows go on a screen, so that none covers another: the display at the top
 * left, the Console beside it, the charts and status across the bottom. The display shrinks (and
 * its drawing is scaled down) on a small screen, so the charts keep at least {@link #MIN_CHARTS_HEIGHT}.
 *
 * @param displayScale the scale the display's drawing needs to fit its window (at most 1)
 */
record WindowLayout(Rectangle display, Rectangle console, Rectangle charts, double displayScale) {
    /** Below this the Console's inspectors become hard to read. */
    static final int MIN_CONSOLE_WIDTH = 420;
    static final int MIN_CHARTS_HEIGHT = 300;

    /**
     * @param screen       the usable screen (without task bars)
     * @param displayFrame the display window's preferred size at scale 1
     * @param drawing      the size of the drawing inside it at scale 1
     */
    static WindowLayout fit(Rectangle screen, Dimension displayFrame, Dimension drawing) {
        int chromeW = displayFrame.width - drawing.width, chromeH = displayFrame.height - drawing.height;
        int maxW = screen.width - Math.min(MIN_CONSOLE_WIDTH, screen.width / 3);
        int maxH = screen.height - Math.min(MIN_CHARTS_HEIGHT, screen.height / 3);
        double fits = Math.min((maxW - chromeW) / (double) drawing.width, (maxH - chromeH) / (double) drawing.height);
        double scale = Math.min(1, Math.floor(fits * 1000) / 1000); // rounded down, so the drawing never needs a pixel more than the room
        int w = chromeW + (int) Math.ceil(drawing.width * scale);
        int h = chromeH + (int) Math.ceil(drawing.height * scale);
        Rectangle display = new Rectangle(screen.x, screen.y, w, h);
        Rectangle console = new Rectangle(screen.x + w, screen.y, screen.width - w, h);
        Rectangle charts = new Rectangle(screen.x, screen.y + h, screen.width, screen.height - h);
        return new WindowLayout(display, console, charts, scale);
    }

    /** The screen without task bars. */
    static Rectangle screen() {
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    }

    /**
     * Places the display, the Console and the chart window on {@code screen}, scaling the display's
     * drawing ({@code width} × {@code height} at scale 1) down if it does not fit.
     */
    static void apply(Display2D display, int width, int height, Console console, JFrame charts, Rectangle screen) {
        JFrame displayFrame = (JFrame) display.getFrame();
        display.setScale(1);
        displayFrame.pack();
        WindowLayout layout = fit(screen, displayFrame.getSize(), new Dimension(width, height));
        if (layout.displayScale() < 1) display.setScale(layout.displayScale());
        displayFrame.setBounds(layout.display());
        console.setBounds(layout.console());
        charts.setBounds(layout.charts());
    }
}
