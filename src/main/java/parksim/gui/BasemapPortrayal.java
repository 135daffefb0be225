package parksim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Double2D;

/** Under the map of several parks, China's outline in the map's projection, left of the legend; nothing on one park's display. */
final class BasemapPortrayal extends FieldPortrayal2D {
    private static final Color LAND = new Color(0xF4F1EA), BORDER = new Color(0xB8B0A0);
    private final Scene scene;

    BasemapPortrayal(Scene scene) {
        this.scene = scene;
        setField(scene.places);
    }

    @Override
    public void draw(Object field, Graphics2D g, DrawInfo2D info) {
        MapLayout map = scene.map();
        if (map == null) return;
        double unitX = info.draw.width / Scene.WIDTH, unitY = info.draw.height / Scene.HEIGHT;
        Shape clip = g.getClip();
        g.clip(new Rectangle2D.Double(info.draw.x, info.draw.y, Scene.DRAWING_RIGHT * unitX, info.draw.height));
        for (double[][] ring : Basemap.rings()) {
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < ring.length; i++) {
                Double2D p = map.project(ring[i][0], ring[i][1]);
                double x = info.draw.x + p.x * unitX, y = info.draw.y + p.y * unitY;
                if (i == 0) path.moveTo(x, y);
                else path.lineTo(x, y);
            }
            path.closePath();
            g.setPaint(LAND);
            g.fill(path);
            g.setPaint(BORDER);
            g.setStroke(new BasicStroke(1.2f));
            g.draw(path);
        }
        g.setPaint(BORDER.darker());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        g.drawString(Basemap.ATTRIBUTION, (float) (info.draw.x + 4), (float) (info.draw.y + info.draw.height - 4));
        g.setClip(clip);
    }
}
