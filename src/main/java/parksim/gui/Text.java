package parksim.gui;

import java.awt.Font;
import java.awt.Graphics2D;

/** Labels on the display, sized with its zoom: {@code size} is the size at the display's normal scale. */
final class Text {
    /** Pixels per field unit at the display's normal scale. */
    static final double NORMAL_SCALE = 8;

    private Text() {}

    static Font font(double pixelsPerUnit, float size, int style) {
        float s = (float) Math.max(8, Math.min(3 * size, size * pixelsPerUnit / NORMAL_SCALE));
        return new Font(Font.SANS_SERIF, style, Math.round(s));
    }

    static void draw(Graphics2D g, String text, double x, double y) {
        g.drawString(text, (float) x, (float) y);
    }

    /** Draws text centred on x. */
    static void centred(Graphics2D g, String text, double x, double y) {
        g.drawString(text, (float) (x - g.getFontMetrics().stringWidth(text) / 2.0), (float) y);
    }
}
