package parksim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import parksim.core.Segment;
import parksim.model.ParkSimulation;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;

/**
 * The overlay drawn last: the month shown (YYYY-MM) at the top right of the visible area, and the
 * legend below it — for a park's buildings: segment colours, stage styles, what a firm's size
 * means, the edges and the building blocks; for the map: how to read a park's glyph. Drawn in screen space, so it stays in view when zooming.
 */
final class LegendPortrayal extends FieldPortrayal2D {
    private static final int WIDTH = 215;
    private final Scene scene;

    LegendPortrayal(Scene scene) {
        this.scene = scene;
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return new SimplePortrayal2D();
    }

    @Override
    public void draw(Object field, Graphics2D g, DrawInfo2D info) {
        ParkSimulation sim = scene.simulation();
        if (sim == null) return;
        Rectangle2D view = info.clip;
        double x = view.getMaxX() - WIDTH - 8;
        drawMonth(g, sim, x + 6, view.getY() + 6);
        if (scene.isMap()) drawMapLegend(g, x, view.getY() + 58);
        else drawLegend(g, x, view.getY() + 58);
    }

    /** The key to the map's park glyphs. */
    private void drawMapLegend(Graphics2D g, double x, double y) {
        double line = 15;
        List<Segment> core = Segment.core();
        String[] notes = {"the number: tenants open", "area ∝ tenants open", "below: output over 12 months,", "chain completeness, budget left",
            "", "Click a park to see its", "buildings and firms."};
        box(g, x, y, (core.size() + notes.length + 2) * line + 8);
        double ty = y + line;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        g.setPaint(Palette.TEXT);
        Text.draw(g, "Ring: core segment operating", x + 6, ty);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (Segment s : core) {
            ty += line;
            g.setPaint(Palette.segment(s));
            g.fill(new Rectangle2D.Double(x + 8, ty - 10, 14, 10));
            g.setPaint(Palette.TEXT);
            Text.draw(g, s.id(), x + 28, ty);
        }
        ty += line * 1.4;
        for (String note : notes) {
            Text.draw(g, note, x + 6, ty);
            ty += line;
        }
    }

    private static void box(Graphics2D g, double x, double y, double height) {
        g.setPaint(new Color(255, 255, 255, 230));
        g.fill(new Rectangle2D.Double(x, y, WIDTH, height));
        g.setPaint(Palette.FAINT);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x, y, WIDTH, height));
    }

    /** The month just simulated, or the start month before the first step. */
    static String monthShown(ParkSimulation sim) {
        return sim.currentMonth().toString();
    }

    private void drawMonth(Graphics2D g, ParkSimulation sim, double x, double y) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
        g.setPaint(Palette.TEXT);
        double line = g.getFontMetrics().getAscent();
        Text.draw(g, monthShown(sim), x, y + line);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        int done = sim.monthsDone();
        // Short enough for the legend's width; the scenario's name is in the windows' titles.
        String status = done == 0 ? "start month, before month 1" : String.format(Locale.ROOT, "month %d of %d", done, sim.scenario().months());
        Text.draw(g, status, x, y + line + 16);
    }

    private static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final Font BODY = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final double LINE = 15;

    /** The key to a park's buildings: segment colours, stage styles, firm size, edges and floor. */
    private void drawLegend(Graphics2D g, double x, double y) {
        int rows = Segment.COUNT + Palette.Style.values().length + 12;
        box(g, x, y, rows * LINE + 8);
        double ty = drawSegments(g, x, y + LINE);
        ty = drawStages(g, x, ty + LINE * 1.4);
        ty = drawSize(g, x, ty + LINE * 1.4);
        drawEdgesAndFloor(g, x, ty + LINE * 1.4);
    }

    /** The heading at {@code ty} and one line per segment below it; returns the last line's y. */
    private static double drawSegments(Graphics2D g, double x, double ty) {
        g.setFont(HEADING);
        g.setPaint(Palette.TEXT);
        Text.draw(g, "Segment (colour)", x + 6, ty);
        g.setFont(BODY);
        for (Segment s : Segment.values()) {
            ty += LINE;
            FirmPortrayal.paint(g, circle(x + 14, ty - 4, 9), Palette.segment(s), Palette.Style.FILLED, false);
            g.setPaint(Palette.TEXT);
            Text.draw(g, s.id() + (s.isCore() ? "" : " (side line)"), x + 26, ty);
        }
        return ty;
    }

    private static double drawStages(Graphics2D g, double x, double ty) {
        double cx = x + 14, tx = x + 26;
        g.setFont(HEADING);
        Text.draw(g, "Stage (style)", x + 6, ty);
        g.setFont(BODY);
        for (Palette.Style style : Palette.Style.values()) {
            ty += LINE;
            Color c = style == Palette.Style.GREYED ? Palette.ENDED : Palette.segment(Segment.RESEARCH);
            FirmPortrayal.paint(g, circle(cx, ty - 4, 10), c, style, false);
            g.setPaint(Palette.TEXT);
            Text.draw(g, style.label, tx, ty);
        }
        ty += LINE;
        FirmPortrayal.paint(g, circle(cx, ty - 4, 7), Palette.segment(Segment.RESEARCH), Palette.Style.FILLED, true);
        g.setPaint(Palette.TEXT);
        Text.draw(g, "listed", tx, ty);
        return ty;
    }

    private double drawSize(Graphics2D g, double x, double ty) {
        g.setFont(HEADING);
        Text.draw(g, "Size", x + 6, ty);
        g.setFont(BODY);
        ty += LINE;
        Text.draw(g, "area ∝ output, last 12 months", x + 6, ty);
        ty += LINE;
        Text.draw(g, String.format(Locale.ROOT, "(largest now ¥%.0fM)", scene.largestOutput() / 1e6), x + 6, ty);
        return ty;
    }

    private static void drawEdgesAndFloor(Graphics2D g, double x, double ty) {
        double tx = x + 26;
        g.setPaint(Palette.EDGE.darker());
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new Line2D.Double(x + 6, ty - 4, x + 22, ty - 4));
        g.setPaint(Palette.TEXT);
        Text.draw(g, "complementary operating tenants", tx, ty);
        ty += LINE;
        g.setPaint(Palette.FLOOR_OCCUPIED);
        g.fill(new Rectangle2D.Double(x + 6, ty - 10, 16, 10));
        g.setPaint(Palette.TEXT);
        Text.draw(g, "floor occupied (block fills up)", tx, ty);
        ty += LINE;
        g.setPaint(Palette.FLOOR_RESERVED);
        g.fill(new Rectangle2D.Double(x + 6, ty - 10, 16, 10));
        g.setPaint(Palette.PARK);
        g.draw(new Rectangle2D.Double(x + 6, ty - 10, 16, 10));
        g.setPaint(Palette.TEXT);
        Text.draw(g, "floor reserved by signed firms", tx, ty);
    }

    private static Ellipse2D circle(double cx, double cy, double d) {
        return new Ellipse2D.Double(cx - d / 2, cy - d / 2, d, d);
    }
}
