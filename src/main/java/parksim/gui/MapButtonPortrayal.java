package parksim.gui;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/** Draws the {@link MapButton} as a rounded button; a click on it is handled by the GUI, not an inspector. */
final class MapButtonPortrayal extends SimplePortrayal2D {
    private static RoundRectangle2D shape(DrawInfo2D info) {
        double w = MapButton.WIDTH * info.draw.width, h = MapButton.HEIGHT * info.draw.height;
        return new RoundRectangle2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h, 10, 10);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        RoundRectangle2D r = shape(info);
        g.setPaint(Palette.FLOOR_RESERVED);
        g.fill(r);
        g.setPaint(Palette.PARK);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(r);
        g.setFont(Text.font(info.draw.width, 11, Font.BOLD));
        g.setPaint(Palette.TEXT);
        Text.centred(g, MapButton.LABEL, r.getCenterX(), r.getCenterY() + g.getFontMetrics().getAscent() / 2.0 - 1);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return shape(range).intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }
}
