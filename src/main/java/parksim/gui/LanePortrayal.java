package parksim.gui;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/** Draws a lane as a faint rounded strip with its title and status. Lanes cannot be selected. */
final class LanePortrayal extends SimplePortrayal2D {
    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        LaneView v = (LaneView) object;
        double w = v.width * info.draw.width, h = v.height * info.draw.height;
        RoundRectangle2D r = new RoundRectangle2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h, 8, 8);
        g.setPaint(Palette.FAINT);
        g.setStroke(new BasicStroke(1f));
        g.draw(r);
        g.setPaint(Palette.TEXT);
        g.setFont(Text.font(info.draw.width, 11, Font.BOLD));
        double line = g.getFontMetrics().getHeight();
        Text.draw(g, v.title, r.getX() + 4, r.getY() + line);
        int titleWidth = g.getFontMetrics().stringWidth(v.title);
        g.setFont(Text.font(info.draw.width, 10, Font.PLAIN));
        Text.draw(g, " — " + v.status, r.getX() + 4 + titleWidth, r.getY() + line);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
