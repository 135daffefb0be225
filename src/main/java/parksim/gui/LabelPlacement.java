package parksim.gui;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where a map label goes so that it never covers another park or label, nor leaves the drawing: below
 * its glyph if there is room, else above, right or left; where every place collides, the one that
 * collides least.
 */
final class LabelPlacement {
    private static final double GAP = 2;

    private LabelPlacement() {}

    /**
     * @param glyph     the park's glyph (pixels)
     * @param width     the label's width, {@code height} its height
     * @param obstacles the other parks' glyphs and the labels placed so far
     * @param bounds    the drawing the label must stay inside
     */
    static Rectangle2D place(Rectangle2D glyph, double width, double height, List<Rectangle2D> obstacles, Rectangle2D bounds) {
        double cx = glyph.getCenterX(), cy = glyph.getCenterY();
        Rectangle2D[] candidates = {
                new Rectangle2D.Double(cx - width / 2, glyph.getMaxY() + GAP, width, height),
                new Rectangle2D.Double(cx - width / 2, glyph.getMinY() - GAP - height, width, height),
                new Rectangle2D.Double(glyph.getMaxX() + GAP, cy - height / 2, width, height),
                new Rectangle2D.Double(glyph.getMinX() - GAP - width, cy - height / 2, width, height)};
        Rectangle2D best = null;
        double bestCost = Double.MAX_VALUE;
        for (Rectangle2D c : candidates) {
            Rectangle2D shifted = inside(c, bounds);
            double cost = outside(shifted, bounds) * 10;
            for (Rectangle2D o : obstacles) cost += overlap(shifted, o);
            if (shifted.intersects(glyph)) cost += overlap(shifted, glyph);
            if (cost < bestCost) {
                best = shifted;
                bestCost = cost;
            }
            if (cost == 0) break;
        }
        return best;
    }

    /** The rectangle slid sideways (never vertically) back inside the bounds where it sticks out. */
    private static Rectangle2D inside(Rectangle2D r, Rectangle2D bounds) {
        double x = Math.max(bounds.getMinX(), Math.min(r.getX(), bounds.getMaxX() - r.getWidth()));
        return new Rectangle2D.Double(x, r.getY(), r.getWidth(), r.getHeight());
    }

    private static double outside(Rectangle2D r, Rectangle2D bounds) {
        return r.getWidth() * r.getHeight() - overlap(r, bounds);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        Rectangle2D i = a.createIntersection(b);
        return i.isEmpty() ? 0 : i.getWidth() * i.getHeight();
    }
}
