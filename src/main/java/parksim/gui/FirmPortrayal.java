package parksim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import parksim.model.Firm;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a firm as a circle in its segment's colour, its area in proportion to its output over the
 * last 12 months, styled by stage (see {@link Palette.Style}); a listed firm gets a dark ring.
 * It remembers what the last paint drew, so tests can hold the picture against the model.
 */
final class FirmPortrayal extends SimplePortrayal2D {
    /** Pixels: nothing is drawn smaller than this, so every firm stays visible and clickable. */
    static final double MIN_PIXELS = 3;

    /** A firm as drawn: where (pixels of the painted image), how large and in which style. */
    record Drawn(Firm firm, Palette.Style style, double x, double y, double diameter) {}

    private final List<Drawn> drawn = new ArrayList<>();
    private final List<java.awt.geom.Rectangle2D> labels = new ArrayList<>();

    void beginPaint() {
        drawn.clear();
        labels.clear();
    }

    List<Drawn> lastPaint() { return List.copyOf(drawn); }

    /** The name labels of the last paint (pixels). */
    List<java.awt.geom.Rectangle2D> lastLabels() { return List.copyOf(labels); }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        FirmView v = (FirmView) object;
        Firm f = v.firm();
        double d = diameter(v, info);
        Ellipse2D shape = new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d);
        Palette.Style style = Palette.style(f.stage());
        Color colour = style == Palette.Style.GREYED ? Palette.ENDED : Palette.segment(f.segment());
        paint(g, shape, colour, style, f.isListed());
        String label = label(f);
        if (label != null) {
            g.setFont(Text.font(info.draw.width, 10, java.awt.Font.BOLD));
            g.setPaint(Palette.TEXT);
            java.awt.FontMetrics m = g.getFontMetrics();
            // Below the circle, unless another name is there already: then above, right or left of it.
            java.awt.geom.Rectangle2D at = LabelPlacement.place(shape.getBounds2D(), m.stringWidth(label) + 4, m.getAscent() + m.getDescent(),
                    labels, info.clip);
            Text.label(g, label, at.getCenterX(), at.getY() + m.getAscent());
            labels.add(at);
        }
        if (info.selected) {
            g.setPaint(Color.BLACK);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Ellipse2D.Double(shape.getX() - 3, shape.getY() - 3, d + 6, d + 6));
        }
        drawn.add(new Drawn(f, style, info.draw.x, info.draw.y, d));
    }

    /** Paints a firm's circle; the legend uses it too, so its key looks exactly like the display. */
    static void paint(Graphics2D g, Ellipse2D shape, Color colour, Palette.Style style, boolean listed) {
        switch (style) {
            case FILLED, GREYED -> {
                g.setPaint(colour);
                g.fill(shape);
                g.setPaint(colour.darker());
                g.setStroke(style.stroke);
                g.draw(shape);
            }
            case HALF_FILLED -> {
                g.setPaint(Color.WHITE);
                g.fill(shape);
                Shape clip = g.getClip();
                g.clip(new Rectangle2D.Double(shape.getX(), shape.getCenterY(), shape.getWidth(), shape.getHeight() / 2 + 1));
                g.setPaint(colour);
                g.fill(shape);
                g.setClip(clip);
                g.setStroke(style.stroke);
                g.draw(shape);
            }
            default -> {
                g.setPaint(Color.WHITE);
                g.fill(shape);
                g.setPaint(colour);
                g.setStroke(style.stroke);
                g.draw(shape);
            }
        }
        if (listed) {
            g.setPaint(Palette.TEXT);
            g.setStroke(new BasicStroke(1.2f));
            double r = shape.getWidth() / 2 + 2.5;
            g.draw(new Ellipse2D.Double(shape.getCenterX() - r, shape.getCenterY() - r, 2 * r, 2 * r));
        }
    }

    /**
     * The short name drawn under a tenant the scenario names (Kasen, Xinchao): its id, capitalised.
     * Firms that arrive during a run, and tenants the articles leave unnamed, get none.
     */
    static String label(Firm f) {
        String name = f.name();
        if (name == null || name.isBlank() || name.contains("unnamed") || f.serial() > 0) return null;
        String id = f.id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    private static double diameter(FirmView v, DrawInfo2D info) {
        return Math.max(MIN_PIXELS, v.diameter * info.draw.width);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double d = diameter((FirmView) object, range);
        return new Ellipse2D.Double(range.draw.x - d / 2, range.draw.y - d / 2, d, d)
                .intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return "Firm " + wrapper.getObject();
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return new SimpleInspector(GroupedProperties.of(wrapper.getObject(), FirmView.ORDER), state, "Firm " + ((FirmView) wrapper.getObject()).getId(), Text.ALL_PROPERTIES);
    }
}
