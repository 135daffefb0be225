package parksim.gui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import parksim.model.Firm;
import parksim.model.Park;
import parksim.model.ParkSimulation;
import parksim.model.Stage;
import parksim.scenario.ParkSpec;
import sim.util.Double2D;

/**
 * Several parks, each at its latitude and longitude (an equirectangular projection around the
 * parks' mean latitude, fitted to the drawing area), with its firms in a sunflower spiral around it
 * in the order they arrived. Firms that declined or withdrew before moving in are not drawn;
 * tenants that exited stay in their place, greyed.
 */
final class MapLayout implements Scene.Layout {
    private static final double LEFT = 1, TOP = 1, BOTTOM = Scene.HEIGHT - 1;
    /** Room under a spiral for the park's label. */
    private static final double LABEL_ROOM = 4;
    /** The largest radius a park's spiral grows to. */
    private static final double MAX_RADIUS = 10;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    /** Largest spacing between neighbouring firms in a spiral, field units. */
    private static final double MAX_SPACING = 1.4;
    /** In a sunflower spiral neighbours are about this many spacings apart. */
    private static final double NEIGHBOUR_DISTANCE = 1.5;

    private final List<ParkView> parks = new ArrayList<>();
    private final Map<Park, Double2D> centres = new IdentityHashMap<>();
    /** The radius a park's spiral may grow to before it would reach a neighbour's or the edge. */
    private final double maxRadius;

    MapLayout(ParkSimulation sim, Scene scene) {
        List<Park> all = sim.parks();
        double meanLat = all.stream().mapToDouble(p -> p.spec().lat()).average().orElse(0);
        double cos = Math.cos(Math.toRadians(meanLat));
        // Spirals must stay inside the drawing and clear of each other: fit, measure, fit again.
        double radius = MAX_RADIUS;
        for (int pass = 0; pass < 2; pass++) {
            fit(all, cos, LEFT + radius, TOP + radius, Scene.DRAWING_RIGHT - LEFT - 2 * radius, BOTTOM - TOP - 2 * radius - LABEL_ROOM);
            double nearest = Double.MAX_VALUE;
            for (Double2D a : centres.values()) for (Double2D b : centres.values()) if (a != b) nearest = Math.min(nearest, a.distance(b));
            radius = Math.min(MAX_RADIUS, 0.45 * nearest);
        }
        maxRadius = radius;
        for (Park p : all) {
            ParkView view = new ParkView(p, scene.budgets());
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
        double scale = Math.min(maxX > minX ? width / (maxX - minX) : Double.MAX_VALUE, maxY > minY ? height / (maxY - minY) : Double.MAX_VALUE);
        if (scale == Double.MAX_VALUE) scale = 1;
        double midX = (minX + maxX) / 2, midY = (minY + maxY) / 2;
        for (Park p : all) {
            ParkSpec spec = p.spec();
            centres.put(p, new Double2D(left + width / 2 + (spec.lon() * cos - midX) * scale, top + height / 2 + (-spec.lat() - midY) * scale));
        }
    }

    @Override
    public List<ParkView> parks() { return parks; }

    @Override
    public void update(ParkSimulation sim, Scene scene) {
        Map<Park, List<Firm>> shown = new IdentityHashMap<>();
        for (Park p : sim.parks()) shown.put(p, new ArrayList<>());
        for (Firm f : sim.firms().all()) {
            if (f.stage().isActive() || f.stage() == Stage.EXITED) shown.get(f.park()).add(f);
            else scene.hide(f);
        }
        int most = 1;
        for (List<Firm> list : shown.values()) most = Math.max(most, list.size());
        double spacing = Math.min(MAX_SPACING, maxRadius / Math.sqrt(most));
        int month = sim.clock().index();
        for (ParkView park : parks) {
            park.setMonthIndex(month);
            Double2D c = centres.get(park.park());
            List<Firm> list = shown.get(park.park());
            for (int k = 0; k < list.size(); k++) {
                double r = spacing * Math.sqrt(k + 0.5);
                double angle = k * GOLDEN_ANGLE;
                FirmView v = scene.view(list.get(k));
                v.room = spacing * NEIGHBOUR_DISTANCE * 0.8;
                v.sizedByOutput = true;
                scene.firms.setObjectLocation(v, new Double2D(c.x + r * Math.cos(angle), c.y + r * Math.sin(angle)));
            }
            park.width = park.height = 2 * spacing * Math.sqrt(list.size() + 1) + 2 * spacing;
        }
    }
}
