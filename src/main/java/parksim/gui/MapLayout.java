package parksim.gui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import parksim.model.Park;
import parksim.model.ParkSimulation;
import sim.util.Double2D;

/**
 * Several parks, each at its latitude and longitude (an equirectangular projection around the
 * parks' mean latitude, fitted to the drawing area) as one summary glyph whose area grows with
 * its open tenants (see {@link ParkPortrayal}). Firms are not drawn here: a click on a park shows
 * its buildings and firms. The margins keep every glyph and its label inside the drawing.
 */
final class MapLayout implements Scene.Layout {
    private static final double TOP = 1, BOTTOM = Scene.HEIGHT - 1;
    /** The glyph's radius with no tenant open, and with the most tenants open of any park, field units. */
    static final double MIN_RADIUS = 2.5, MAX_RADIUS = 6.5;
    /** Room beside a glyph for half its label (about 16 characters), and under it for the label's lines. */
    private static final double LABEL_HALF_WIDTH = 10, LABEL_HEIGHT = 6;

    private final List<ParkView> parks = new ArrayList<>();
    private final Map<Park, Double2D> centres = new IdentityHashMap<>();
    /** The projection: field x = offsetX + lon·cos·scale, y = offsetY − lat·scale. */
    private double cos = 1, scale = 1, offsetX, offsetY;

    MapLayout(ParkSimulation sim, Scene scene) {
        List<Park> all = sim.parks();
        double meanLat = all.stream().mapToDouble(p -> p.spec().lat()).average().orElse(0);
        cos = Math.cos(Math.toRadians(meanLat));
        double side = Math.max(MAX_RADIUS, LABEL_HALF_WIDTH);
        fit(all, cos, side, TOP + MAX_RADIUS, Scene.DRAWING_RIGHT - 2 * side, BOTTOM - TOP - 2 * MAX_RADIUS - LABEL_HEIGHT);
        for (Park p : all) {
            ParkView view = new ParkView(p, sim.clock().start());
            parks.add(view);
            scene.places.setObjectLocation(view, centres.get(p));
        }
    }

    /** Places the parks' centres by an equirectangular projection fitted into the given rectangle. */
    private void fit(List<Park> all, double cos, double left, double top, double width, double height) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Park p : all) {
            double x = p.spec().lon() * cos, y = -p.spec().lat();
            minX = Math.min(minX, x); maxX = Math.max(maxX, x);
            minY = Math.min(minY, y); maxY = Math.max(maxY, y);
        }
        scale = Math.min(maxX > minX ? width / (maxX - minX) : Double.MAX_VALUE, maxY > minY ? height / (maxY - minY) : Double.MAX_VALUE);
        if (scale == Double.MAX_VALUE) scale = 1;
        double midX = (minX + maxX) / 2, midY = (minY + maxY) / 2;
        offsetX = left + width / 2 - midX * scale;
        offsetY = top + height / 2 - midY * scale;
        for (Park p : all) centres.put(p, project(p.spec().lon(), p.spec().lat()));
    }

    /** A point of the map, in field units. */
    Double2D project(double lon, double lat) {
        return new Double2D(offsetX + lon * cos * scale, offsetY - lat * scale);
    }

    @Override
    public List<ParkView> parks() { return parks; }

    /** Sizes each glyph: area in proportion to open tenants, on one scale for the map. */
    @Override
    public void update(ParkSimulation sim, Scene scene) {
        int most = 1;
        for (ParkView park : parks) most = Math.max(most, park.park().open());
        for (ParkView park : parks) {
            park.setMonthIndex(sim.clock().index());
            double r = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(park.park().open() / (double) most);
            park.width = park.height = 2 * r;
        }
    }
}
