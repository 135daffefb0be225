package parksim.gui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parksim.core.Segment;
import parksim.model.Firm;
import parksim.model.Park;
import parksim.model.ParkSimulation;
import parksim.model.Stage;
import parksim.scenario.ModelParameters;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Bag;

/**
 * What the display shows: GUI-side fields that a steppable of the GUIState brings up to date after
 * every month. They are never part of the model (nor of its checkpoints) and are built without any
 * random numbers. A {@link Layout} decides where parks, buildings and firms go (a map of several
 * parks, or one park's buildings); the scene sizes firms by output and joins complementary tenants.
 */
final class Scene {
    static final double WIDTH = 100;
    static final double HEIGHT = 70;
    /** Drawings keep to the left of this; the legend takes the rest of the width. */
    static final double DRAWING_RIGHT = 72;
    /** Each operating tenant starts at most this many edges, to its most complementary neighbours. */
    static final int EDGES_PER_FIRM = 4;
    /** The smallest firm drawn, as a share of the largest a layout allows. */
    private static final double MIN_SIZE = 0.35;

    /** Parks, buildings and lanes. */
    final Continuous2D places = new Continuous2D(WIDTH, WIDTH, HEIGHT);
    final Continuous2D firms = new Continuous2D(4, WIDTH, HEIGHT);
    /** Edges between complementary operating tenants of the same park. */
    final Network complements = new Network(false);

    private final boolean severalParks;
    private final Map<Firm, FirmView> views = new IdentityHashMap<>();
    private Layout layout;
    private ParkSimulation sim;
    /** The park whose buildings and firms are shown in a scenario of several parks; null for the map. */
    private Park focus;

    /**
     * @param severalParks show the parks on a map, one summary glyph each, and one park's
     *                     buildings and firms on request; otherwise always the one park's buildings
     */
    Scene(boolean severalParks) {
        this.severalParks = severalParks;
    }

    /** Whether the display now shows the map of several parks (rather than one park's buildings). */
    boolean isMap() { return severalParks && focus == null; }

    boolean hasSeveralParks() { return severalParks; }

    /** The park shown in detail, or null while the map is shown. */
    Park focus() { return focus; }

    /** Shows one park's buildings and firms (a scenario of several parks); null goes back to the map. */
    void focus(Park park) {
        if (!severalParks || park == focus) return;
        focus = park;
        rebuild();
    }


    ParkSimulation simulation() { return sim; }

    /** Starts over for a newly started (or loaded) simulation. */
    void reset(ParkSimulation simulation) {
        sim = simulation;
        views.clear();
        if (focus != null) focus = simulation.parks().stream().filter(p -> p.id().equals(focus.id())).findFirst().orElse(null);
        rebuild();
    }

    private void rebuild() {
        if (sim == null) return;
        places.clear();
        firms.clear();
        complements.clear();
        layout = isMap() ? new MapLayout(sim, this) : new ParkLayout(sim, this, focus == null ? sim.parks().get(0) : focus, severalParks);
        arrange();
    }

    /** Brings the scene up to the month just simulated. */
    void update() {
        if (sim == null) return;
        if (layout.stale()) rebuild();
        else arrange();
    }

    private void arrange() {
        layout.update(sim, this);
        sizeByOutput();
        joinComplements(sim.scenario().model());
    }

    FirmView view(Firm firm) {
        return views.computeIfAbsent(firm, f -> new FirmView(f, sim.clock().start()));
    }

    /** The firm views now on the display. */
    List<FirmView> shownFirms() {
        Bag all = firms.getAllObjects();
        List<FirmView> shown = new ArrayList<>(all.numObjs);
        for (int i = 0; i < all.numObjs; i++) shown.add((FirmView) all.objs[i]);
        return shown;
    }

    List<ParkView> parkViews() { return layout.parks(); }

    /** The map's projection while the map of several parks is shown, else null. */
    MapLayout map() { return layout instanceof MapLayout m && isMap() ? m : null; }

    /**
     * Area proportional to output over the last 12 months, on one scale for the whole display: the
     * largest producer gets the room of the most crowded place, so no two firms overlap. Firms in a
     * lane (in talks, or gone) are drawn at the smallest size.
     */
    private void sizeByOutput() {
        List<FirmView> shown = shownFirms();
        double largest = 0;
        double room = Double.MAX_VALUE;
        for (FirmView v : shown) {
            if (!v.sizedByOutput) continue;
            largest = Math.max(largest, v.firm().output12m());
            room = Math.min(room, v.room);
        }
        for (FirmView v : shown) {
            if (v.sizedByOutput) {
                double share = largest > 0 ? Math.sqrt(Math.max(0, v.firm().output12m()) / largest) : 0;
                v.diameter = room * (MIN_SIZE + (1 - MIN_SIZE) * share);
            } else {
                v.diameter = Math.min(v.room, room == Double.MAX_VALUE ? v.room : room * MIN_SIZE);
            }
        }
    }

    /** The largest output over 12 months among the firms shown, ¥ (for the legend). */
    double largestOutput() {
        double largest = 0;
        for (FirmView v : shownFirms()) if (v.sizedByOutput) largest = Math.max(largest, v.firm().output12m());
        return largest;
    }

    private void joinComplements(ModelParameters parameters) {
        complements.clear();
        for (FirmView v : shownFirms()) complements.addNode(v);
        for (Park park : sim.parks()) {
            Map<Segment, List<FirmView>> bySegment = new EnumMap<>(Segment.class);
            for (FirmView v : shownFirms()) {
                if (v.firm().park() == park && v.firm().stage() == Stage.OPERATING) {
                    bySegment.computeIfAbsent(v.firm().segment(), s -> new ArrayList<>()).add(v);
                }
            }
            Set<String> joined = new HashSet<>();
            for (Map.Entry<Segment, List<FirmView>> own : bySegment.entrySet()) {
                List<Segment> partners = partnersByStrength(own.getKey(), parameters);
                List<FirmView> members = own.getValue();
                for (int i = 0; i < members.size(); i++) {
                    int edges = 0;
                    for (Segment partner : partners) {
                        List<FirmView> others = bySegment.get(partner);
                        if (others == null) continue;
                        FirmView a = members.get(i);
                        FirmView b = others.get(i % others.size());
                        String key = a.getId().compareTo(b.getId()) < 0 ? a.getId() + "|" + b.getId() : b.getId() + "|" + a.getId();
                        if (joined.add(key)) {
                            complements.addEdge(a, b, complementarity(a.firm().segment(), b.firm().segment(), parameters));
                            if (++edges == EDGES_PER_FIRM) break;
                        }
                    }
                }
            }
        }
    }

    /** Other segments complementary to {@code s}, the strongest first. */
    private static List<Segment> partnersByStrength(Segment s, ModelParameters parameters) {
        List<Segment> partners = new ArrayList<>();
        for (Segment j : Segment.values()) if (j != s && complementarity(s, j, parameters) > 0) partners.add(j);
        partners.sort((x, y) -> Double.compare(complementarity(s, y, parameters), complementarity(s, x, parameters)));
        return partners;
    }

    /** Complementarity of a pair either way round. */
    static double complementarity(Segment a, Segment b, ModelParameters parameters) {
        return Math.max(parameters.complementarity(a, b), parameters.complementarity(b, a));
    }

    /** Where a layout puts things. */
    interface Layout {
        /** Places every firm to be shown (setting its room and whether output sizes it) and removes the others. */
        void update(ParkSimulation sim, Scene scene);

        List<ParkView> parks();

        /** Whether the layout must be drawn anew (a park built a further phase). */
        default boolean stale() { return false; }
    }
}
