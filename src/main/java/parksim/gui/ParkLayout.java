package parksim.gui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import parksim.model.Building;
import parksim.model.Firm;
import parksim.model.Park;
import parksim.model.ParkSimulation;
import parksim.model.Stage;
import sim.util.Double2D;

/**
 * One park (the only one, or the one chosen on the map): a header, a lane of firms in talks, the buildings as blocks side by side (width in
 * proportion to floor area) that fill from the bottom as tenants move in, each holding its tenants
 * in a grid, and a lane of firms that declined, withdrew or exited.
 */
final class ParkLayout implements Scene.Layout {
    private static final double LEFT = 2;
    private static final double WIDTH = Scene.DRAWING_RIGHT - LEFT;
    private static final double GAP = 1.5;
    /** Room at the top of a lane for its label. */
    private static final double LABEL = 3;
    /** Room at the top of a building for its name and figures, wrapped to up to four lines. */
    private static final double BUILDING_LABEL = 7;
    /** A firm takes at most this share of its grid cell, so neighbours never touch. */
    private static final double FILL = 0.8;

    private final ParkView park;
    private final LaneView talks = new LaneView("In talks", WIDTH, 8);
    private final LaneView ended = new LaneView("Left the pipeline", WIDTH, 13);
    private final Map<Building, BuildingView> buildings = new IdentityHashMap<>();
    private final List<BuildingView> order = new ArrayList<>();

    /** Where the button back to the map goes: below the legend, at the right. */
    static final Double2D MAP_BUTTON = new Double2D(86, 66);

    /**
     * @param p         the park to show
     * @param mapButton whether to offer a way back to the map (a scenario of several parks)
     */
    ParkLayout(ParkSimulation sim, Scene scene, Park p, boolean mapButton) {
        park = new ParkView(p, sim.clock().start());
        if (mapButton) scene.places.setObjectLocation(new MapButton(), MAP_BUTTON);
        park.width = WIDTH;
        park.height = 6;
        scene.places.setObjectLocation(park, new Double2D(LEFT + WIDTH / 2, 5));
        scene.places.setObjectLocation(talks, new Double2D(LEFT + WIDTH / 2, 10 + talks.height / 2));
        scene.places.setObjectLocation(ended, new Double2D(LEFT + WIDTH / 2, 55 + ended.height / 2));

        double top = 20;
        double height = 33;
        double total = p.totalFloor();
        double room = WIDTH - GAP * (p.buildings().size() - 1);
        double x = LEFT;
        for (Building b : p.buildings()) {
            double w = room * b.floorArea() / total;
            BuildingView view = new BuildingView(b, sim.clock().start(), w, height);
            buildings.put(b, view);
            order.add(view);
            scene.places.setObjectLocation(view, new Double2D(x + w / 2, top + height / 2));
            x += w + GAP;
        }
    }

    @Override
    public List<ParkView> parks() { return List.of(park); }

    @Override
    public boolean stale() { return park.park().buildings().size() != order.size(); }

    @Override
    public void update(ParkSimulation sim, Scene scene) {
        int month = sim.clock().index();
        park.setMonthIndex(month);
        List<Firm> inTalks = new ArrayList<>();
        List<Firm> gone = new ArrayList<>();
        Map<BuildingView, List<Firm>> tenants = new IdentityHashMap<>();
        for (BuildingView b : order) tenants.put(b, new ArrayList<>());
        int declined = 0, withdrawn = 0, exited = 0;
        for (Firm f : sim.firms().all()) {
            if (f.park() != park.park()) continue;
            Stage s = f.stage();
            if (!s.isActive()) {
                gone.add(f);
                if (s == Stage.DECLINED) declined++;
                else if (s == Stage.WITHDRAWN) withdrawn++;
                else exited++;
            } else if (s == Stage.NEGOTIATING || f.building() == null) {
                inTalks.add(f);
            } else {
                tenants.get(buildings.get(f.building())).add(f);
            }
        }
        for (BuildingView b : order) {
            List<Firm> in = tenants.get(b);
            b.complete = b.building().isComplete(month);
            b.tenants = in.size();
            Double2D c = scene.places.getObjectLocation(b);
            place(scene, in, true, c.x - b.width / 2 + 0.5, c.y - b.height / 2 + BUILDING_LABEL, b.width - 1, b.height - BUILDING_LABEL - 0.5);
        }
        talks.status = inTalks.size() + " negotiating";
        ended.status = String.format(Locale.ROOT, "%d declined, %d withdrawn, %d exited", declined, withdrawn, exited);
        place(scene, inTalks, lane(scene, talks));
        place(scene, gone, lane(scene, ended));
    }

    private static double[] lane(Scene scene, LaneView lane) {
        Double2D c = scene.places.getObjectLocation(lane);
        return new double[] {c.x - lane.width / 2 + 0.5, c.y - lane.height / 2 + LABEL, lane.width - 1, lane.height - LABEL - 0.5};
    }

    private static void place(Scene scene, List<Firm> firms, double[] r) {
        place(scene, firms, false, r[0], r[1], r[2], r[3]);
    }

    private static void place(Scene scene, List<Firm> firms, boolean tenants, double left, double top, double width, double height) {
        Grid grid = Grid.fit(firms.size(), left, top, width, height);
        for (int i = 0; i < firms.size(); i++) {
            FirmView v = scene.view(firms.get(i));
            v.room = grid.cell() * FILL;
            v.sizedByOutput = tenants;
            scene.firms.setObjectLocation(v, grid.centre(i));
        }
    }
}
