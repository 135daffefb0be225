package parksim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws a building as a block that fills from the bottom: occupied floor darker, floor reserved by
 * signed firms lighter. A building not yet complete has a dashed outline and says when it completes.
 * Its name and figures wrap to the block's width rather than being cut off.
 */
final class BuildingPortrayal extends SimplePortrayal2D {
    /** Lines of name and figures that fit above the tenants (see {@code ParkLayout.BUILDING_LABEL}). */
    private static final int LABEL_LINES = 4;
    private static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);

    private static Rectangle2D shape(BuildingView v, DrawInfo2D info) {
        double w = v.width * info.draw.width, h = v.height * info.draw.height;
        return new Rectangle2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        BuildingView v = (BuildingView) object;
        Rectangle2D r = shape(v, info);
        double area = Math.max(1, v.getFloorAreaM2());
        double reserved = Math.min(1, v.getReservedM2() / area);
        double occupied = Math.min(1, v.getOccupiedM2() / area);
        g.setPaint(Palette.FLOOR_RESERVED);
        g.fill(new Rectangle2D.Double(r.getX(), r.getMaxY() - reserved * r.getHeight(), r.getWidth(), reserved * r.getHeight()));
        g.setPaint(Palette.FLOOR_OCCUPIED);
        g.fill(new Rectangle2D.Double(r.getX(), r.getMaxY() - occupied * r.getHeight(), r.getWidth(), occupied * r.getHeight()));
        g.setPaint(info.selected ? Color.BLACK : Palette.PARK);
        g.setStroke(v.isComplete() ? new BasicStroke(info.selected ? 2.5f : 1.2f) : DASHED);
        g.draw(r);
        java.awt.Shape clip = g.getClip();
        g.clip(r);
        g.setPaint(Palette.TEXT);
        double room = r.getWidth() - 8;
        double y = r.getY();
        g.setFont(Text.font(info.draw.width, 11, Font.BOLD));
        List<String> name = Text.atMost(Text.wrap(g, List.of(v.getName().split(" ")), " ", room), 2);
        for (String line : name) Text.draw(g, line, r.getX() + 4, y += g.getFontMetrics().getHeight());
        g.setFont(Text.font(info.draw.width, 10, Font.PLAIN));
        // the figures a reader looks for first come first; a narrow block leaves out the rest
        List<String> status = v.isComplete()
                ? List.of(String.format(Locale.ROOT, "%.0f%% occupied", 100 * v.occupiedShare()), v.getTenants() == 1 ? "1 tenant" : v.getTenants() + " tenants",
                        String.format(Locale.ROOT, "%,d m²", v.getFloorAreaM2()))
                : List.of("completes " + v.getCompletes(), String.format(Locale.ROOT, "%,d m²", v.getFloorAreaM2()));
        for (String line : Text.atMost(Text.wrap(g, status, " · ", room), LABEL_LINES - name.size())) Text.draw(g, line, r.getX() + 4, y += g.getFontMetrics().getHeight());
        g.setClip(clip);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return shape((BuildingView) object, range).intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return "Building " + ((BuildingView) wrapper.getObject()).getId();
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return new SimpleInspector(GroupedProperties.of(wrapper.getObject(), BuildingView.ORDER), state, getName(wrapper), Text.ALL_PROPERTIES);
    }
}
