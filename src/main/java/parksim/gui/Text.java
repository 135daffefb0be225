package parksim.gui;

import java.awt.Font;
import java.awt.Graphics2D;

/** Labels on the display, sized with its zoom: {@code size} is the size at the display's normal scale. */
final class Text {
    /** Pixels per field unit at the display's normal scale. */
    static final double NORMAL_SCALE = 8;

    /** Inspectors list this many properties on one page: all of ours (MASON pages from 25 on). */
    static final int ALL_PROPERTIES = 100;

    private Text() {}

    static Font font(double pixelsPerUnit, float size, int style) {
        float s = (float) Math.max(8, Math.min(3 * size, size * pixelsPerUnit / NORMAL_SCALE));
        return new Font(Font.SANS_SERIF, style, Math.round(s));
    }

    static void draw(Graphics2D g, String text, double x, double y) {
        g.drawString(text, (float) x, (float) y);
    }

    /**
     * Breaks pieces of text into lines no wider than {@code width} pixels in the current font,
     * joining the pieces of a line with {@code separator}; a piece too wide on its own gets a line to itself.
     */
    static java.util.List<String> wrap(Graphics2D g, java.util.List<String> pieces, String separator, double width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String line = null;
        for (String piece : pieces) {
            String longer = line == null ? piece : line + separator + piece;
            if (line != null && g.getFontMetrics().stringWidth(longer) > width) {
                lines.add(line);
                line = piece;
            } else {
                line = longer;
            }
        }
        if (line != null) lines.add(line);
        return lines;
    }

    /** The first {@code max} lines, the last of them ending in an ellipsis if lines were left out. */
    static java.util.List<String> atMost(java.util.List<String> lines, int max) {
        if (lines.size() <= max) return lines;
        java.util.List<String> kept = new java.util.ArrayList<>(lines.subList(0, max));
        kept.set(max - 1, kept.get(max - 1) + " …");
        return kept;
    }

    /** Draws text centred on x over a white halo, so it stays readable over lines and circles. */
    static void label(Graphics2D g, String text, double x, double y) {
        java.awt.FontMetrics m = g.getFontMetrics();
        double w = m.stringWidth(text);
        java.awt.Paint paint = g.getPaint();
        g.setPaint(new java.awt.Color(255, 255, 255, 210));
        g.fill(new java.awt.geom.RoundRectangle2D.Double(x - w / 2 - 2, y - m.getAscent(), w + 4, m.getAscent() + m.getDescent(), 4, 4));
        g.setPaint(paint);
        g.drawString(text, (float) (x - w / 2), (float) y);
    }

    /** Draws text centred on x. */
    static void centred(Graphics2D g, String text, double x, double y) {
        g.drawString(text, (float) (x - g.getFontMetrics().stringWidth(text) / 2.0), (float) y);
    }
}
