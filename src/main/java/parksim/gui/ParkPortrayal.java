package parksim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import parksim.core.Segment;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a park. On a map, a summary glyph: a disc whose area grows with the tenants open, the number
 * open in its middle, and a ring of the five core segments, each in its colour once a tenant of it
 * operates (so a full ring is a complete chain); its name and headline figures below. On a single
 * park's display, a header bar across the top. Clicking either opens the park's inspector.
 */
final class ParkPortrayal extends SimplePortrayal2D {
    private static final Color DISC = new Color(0xF2F2F2);
    /** The ring's inner radius, as a share of the glyph's. */
    private static final double HOLE = 0.6;
    private final Scene scene;
    private final List<Rectangle2D> drawn = new ArrayList<>();
    private final List<Rectangle2D> labels = new ArrayList<>();

    ParkPortrayal(Scene scene) {
        this.scene = scene;
    }

    private RectangularShape shape(ParkView v, DrawInfo2D info) {
        double w = v.width * info.draw.width, h = v.height * info.draw.height;
        return scene.isMap() ? new Ellipse2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h)
                : new RoundRectangle2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h, 8, 8);
    }

    void beginPaint() {
        drawn.clear();
        labels.clear();
    }

    /** What the last paint of the map covered, glyph and label, one rectangle per park (pixels). */
    List<Rectangle2D> lastPaint() { return List.copyOf(drawn); }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        ParkView v = (ParkView) object;
        RectangularShape shape = shape(v, info);
        if (scene.isMap()) {
            drawGlyph(g, v, shape, info);
            return;
        }
        g.setPaint(DISC);
        g.fill(shape);
        outline(g, shape, info.selected);
        g.setPaint(Palette.TEXT);
        g.setFont(Text.font(info.draw.width, 14, Font.BOLD));
        double baseline = shape.getCenterY() - 1;
        Text.draw(g, v.getName(), shape.getX() + 8, baseline);
        g.setFont(Text.font(info.draw.width, 11, Font.PLAIN));
        Text.draw(g, String.format(Locale.ROOT, "%d open · %d signed in all · ¥%.0fM output (12 mo) · chain %.0f%%",
                v.getTenantsOpen(), v.getTenantsSignedCumulative(), v.getOutputLast12MonthsMillions(), v.getChainCompletenessPercent()),
                shape.getX() + 8, baseline + g.getFontMetrics().getHeight());
    }

    private static void outline(Graphics2D g, java.awt.Shape shape, boolean selected) {
        g.setPaint(selected ? Color.BLACK : Palette.PARK);
        g.setStroke(new BasicStroke(selected ? 2.5f : 1f));
        g.draw(shape);
    }

    private void drawGlyph(Graphics2D g, ParkView v, RectangularShape disc, DrawInfo2D info) {
        double cx = disc.getCenterX(), cy = disc.getCenterY(), r = disc.getWidth() / 2;
        List<Segment> core = Segment.core();
        double sweep = 360.0 / core.size();
        for (int i = 0; i < core.size(); i++) {
            Segment s = core.get(i);
            Arc2D wedge = new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, 90 - i * sweep, -sweep, Arc2D.PIE);
            g.setPaint(v.park().operating(s) > 0 ? Palette.segment(s) : DISC);
            g.fill(wedge);
            g.setPaint(Color.WHITE);
            g.setStroke(new BasicStroke(1f));
            g.draw(wedge);
        }
        Ellipse2D hole = new Ellipse2D.Double(cx - HOLE * r, cy - HOLE * r, 2 * HOLE * r, 2 * HOLE * r);
        g.setPaint(Color.WHITE);
        g.fill(hole);
        outline(g, disc, info.selected);
        g.setPaint(Palette.TEXT);
        g.setFont(Text.font(info.draw.width, 12, Font.BOLD));
        Text.centred(g, Integer.toString(v.getTenantsOpen()), cx, cy + g.getFontMetrics().getAscent() / 2.0 - 1);

        List<String> lines = List.of(readableName(v.getId()),
                String.format(Locale.ROOT, "%d open · %s output/yr", v.getTenantsOpen(), Readable.money(v.park().output12m())),
                String.format(Locale.ROOT, "chain %.0f%% · %s budget left", v.getChainCompletenessPercent(), Readable.money(v.park().budget().uncommitted())));
        Font[] fonts = new Font[lines.size()];
        double width = 0, height = 0;
        for (int i = 0; i < lines.size(); i++) {
            fonts[i] = Text.font(info.draw.width, i == 0 ? 13 : 10, i == 0 ? Font.BOLD : Font.PLAIN);
            g.setFont(fonts[i]);
            width = Math.max(width, g.getFontMetrics().stringWidth(lines.get(i)) + 4);
            height += g.getFontMetrics().getAscent() + g.getFontMetrics().getDescent();
        }
        Rectangle2D label = LabelPlacement.place(disc.getBounds2D(), width, height, obstacles(v, info), drawing(info));
        double y = label.getY();
        for (int i = 0; i < lines.size(); i++) {
            g.setFont(fonts[i]);
            y += g.getFontMetrics().getAscent();
            Text.label(g, lines.get(i), label.getCenterX(), y);
            y += g.getFontMetrics().getDescent();
        }
        labels.add(label);
        Rectangle2D covered = disc.getBounds2D();
        covered.add(label);
        drawn.add(covered);
    }

    /** "chengdu-tianfu" → "Chengdu Tianfu": the id, read as a name. */
    static String readableName(String id) {
        StringBuilder b = new StringBuilder();
        for (String word : id.split("[-_]")) {
            if (word.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return b.toString();
    }

    /** The other parks' glyphs (pixels) and the labels placed so far in this paint. */
    private List<Rectangle2D> obstacles(ParkView self, DrawInfo2D info) {
        List<Rectangle2D> out = new ArrayList<>(labels);
        sim.util.Double2D here = scene.places.getObjectLocation(self);
        for (ParkView other : scene.parkViews()) {
            if (other == self) continue;
            sim.util.Double2D at = scene.places.getObjectLocation(other);
            double x = info.draw.x + (at.x - here.x) * info.draw.width, y = info.draw.y + (at.y - here.y) * info.draw.height;
            double w = other.width * info.draw.width, h = other.height * info.draw.height;
            out.add(new Rectangle2D.Double(x - w / 2, y - h / 2, w, h));
        }
        return out;
    }

    /** The drawing left of the legend, in pixels. */
    private Rectangle2D drawing(DrawInfo2D info) {
        sim.util.Double2D here = scene.places.getObjectLocation(scene.parkViews().get(0));
        double originX = info.draw.x - here.x * info.draw.width, originY = info.draw.y - here.y * info.draw.height;
        return new Rectangle2D.Double(originX, originY, Scene.DRAWING_RIGHT * info.draw.width, Scene.HEIGHT * info.draw.height);
    }

    /** The labels of the last paint of the map (pixels). */
    List<Rectangle2D> lastLabels() { return List.copyOf(labels); }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return shape((ParkView) object, range).intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return "Park " + ((ParkView) wrapper.getObject()).getId();
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return new SimpleInspector(GroupedProperties.of(wrapper.getObject(), ParkView.ORDER), state, getName(wrapper), Text.ALL_PROPERTIES);
    }
}
