package parksim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Double2D;

/** Under the map of several parks, China's outline and provinces in the map's projection, left of the legend; nothing on one park's display. */
final class BasemapPortrayal extends FieldPortrayal2D {
    private static final Color LAND = new Color(0xF4F1EA), PROVINCE = new Color(0xDAD3C6), BORDER = new Color(0xB8B0A0);
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
        List<Path2D> outline = new ArrayList<>();
        for (double[][] ring : Basemap.rings()) {
            Path2D path = path(ring, map, info, unitX, unitY);
            path.closePath();
            outline.add(path);
        }
        g.setPaint(LAND);
        outline.forEach(g::fill);
        // Provinces thin and light under the outline, which is drawn over where they reach the coast.
        g.setPaint(PROVINCE);
        g.setStroke(new BasicStroke(0.6f));
        for (double[][] border : Basemap.provinceBorders()) g.draw(path(border, map, info, unitX, unitY));
        g.setPaint(BORDER);
        g.setStroke(new BasicStroke(1.2f));
        outline.forEach(g::draw);
        g.setPaint(BORDER.darker());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        g.drawString(Basemap.ATTRIBUTION, (float) (info.draw.x + 4), (float) (info.draw.y + info.draw.height - 4));
        g.setClip(clip);
    }

    private static Path2D path(double[][] lonLat, MapLayout map, DrawInfo2D info, double unitX, double unitY) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < lonLat.length; i++) {
            Double2D p = map.project(lonLat[i][0], lonLat[i][1]);
            double x = info.draw.x + p.x * unitX, y = info.draw.y + p.y * unitY;
            if (i == 0) path.moveTo(x, y);
            else path.lineTo(x, y);
        }
        return path;
    }
}
