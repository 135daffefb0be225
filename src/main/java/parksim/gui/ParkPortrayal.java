package parksim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RectangularShape;
import java.awt.geom.RoundRectangle2D;
import java.util.Locale;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a park: on a map, a disc under its firms with its name and headline figures below it; on a
 * single-park display, a header bar across the top. Clicking either opens the park's inspector.
 */
final class ParkPortrayal extends SimplePortrayal2D {
    private static final Color DISC = new Color(0xF2F2F2);
    private final boolean map;

    ParkPortrayal(boolean map) {
        this.map = map;
    }

    private RectangularShape shape(ParkView v, DrawInfo2D info) {
        double w = v.width * info.draw.width, h = v.height * info.draw.height;
        return map ? new Ellipse2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h)
                : new RoundRectangle2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h, 8, 8);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        ParkView v = (ParkView) object;
        RectangularShape shape = shape(v, info);
        g.setPaint(DISC);
        g.fill(shape);
        g.setPaint(info.selected ? Color.BLACK : Palette.PARK);
        g.setStroke(new BasicStroke(info.selected ? 2.5f : 1f));
        g.draw(shape);
        String figures = String.format(Locale.ROOT, "%d open · %d signed in all · ¥%.0fM output (12 mo) · chain %.0f%%",
                v.getTenantsOpen(), v.getTenantsSignedCumulative(), v.getOutputLast12MonthsMillions(), v.getChainCompletenessPercent());
        g.setPaint(Palette.TEXT);
        if (map) {
            g.setFont(Text.font(info.draw.width, 12, Font.BOLD));
            double below = shape.getMaxY() + g.getFontMetrics().getAscent() + 2;
            Text.centred(g, v.getId(), info.draw.x, below);
            g.setFont(Text.font(info.draw.width, 10, Font.PLAIN));
            Text.centred(g, String.format(Locale.ROOT, "%d open · ¥%.0fM", v.getTenantsOpen(), v.getOutputLast12MonthsMillions()),
                    info.draw.x, below + g.getFontMetrics().getHeight());
        } else {
            g.setFont(Text.font(info.draw.width, 14, Font.BOLD));
            double baseline = shape.getCenterY() - 1;
            Text.draw(g, v.getName(), shape.getX() + 8, baseline);
            g.setFont(Text.font(info.draw.width, 11, Font.PLAIN));
            Text.draw(g, figures, shape.getX() + 8, baseline + g.getFontMetrics().getHeight());
        }
    }

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
        return new SimpleInspector(wrapper.getObject(), state, getName(wrapper));
    }
}
