package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import parksim.model.Firm;
import parksim.model.Park;
import parksim.model.Stage;
import sim.util.Double2D;

/** What the display draws, held against the model after stepping without Play. */
class DisplayTest {
    private static Color pixel(BufferedImage image, double x, double y) {
        return new Color(image.getRGB((int) Math.round(x), (int) Math.round(y)));
    }

    private static Set<String> ids(java.util.stream.Stream<Firm> firms) {
        return firms.map(Firm::id).collect(Collectors.toSet());
    }

    @Test
    void aSingleParkShowsEveryFirmInTheStyleOfItsStageAndTheColourOfItsSegment() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection").start()) {
            f.step(30);
            BufferedImage image = f.display();
            var drawn = f.gui.firmsDrawn();
            var firms = f.gui.simulation().firms().all();

            assertEquals(ids(firms.stream()), ids(drawn.stream().map(FirmPortrayal.Drawn::firm)), "every firm of the park is drawn, once");
            assertEquals(firms.size(), drawn.size());
            assertEquals(ids(firms.stream().filter(x -> x.stage() == Stage.OPERATING)),
                    ids(drawn.stream().filter(d -> d.style() == Palette.Style.FILLED).map(FirmPortrayal.Drawn::firm)),
                    "the filled shapes are exactly the operating tenants");
            assertTrue(drawn.stream().anyMatch(d -> d.style() == Palette.Style.FILLED), "some tenants operate after 30 months");
            for (FirmPortrayal.Drawn d : drawn) {
                assertEquals(Palette.style(d.firm().stage()), d.style(), d.firm().id());
                if (d.style() == Palette.Style.FILLED || d.style() == Palette.Style.GREYED) {
                    Color expected = d.style() == Palette.Style.GREYED ? Palette.ENDED : Palette.segment(d.firm().segment());
                    assertEquals(expected, pixel(image, d.x(), d.y()), d.firm().id() + " shows its colour at its centre");
                }
            }
            var tenants = drawn.stream().filter(d -> d.firm().stage().occupiesFloor()).toList();
            for (FirmPortrayal.Drawn a : tenants) {
                for (FirmPortrayal.Drawn b : tenants) {
                    if (a.firm().output12m() > b.firm().output12m()) {
                        assertTrue(a.diameter() >= b.diameter(), a.firm().id() + " produces more than " + b.firm().id() + " and is not drawn smaller");
                    }
                }
            }
        }
    }

    @Test
    void buildingBlocksFillAsTenantsMoveIn() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-hindcast").start()) {
            f.step(1);
            BufferedImage before = f.display();
            Map<String, double[]> sharesBefore = occupied(f);
            f.step(23);
            BufferedImage after = f.display();
            Map<String, double[]> sharesAfter = occupied(f);
            for (BuildingView b : buildings(f)) {
                Double2D c = f.gui.scene().places.getObjectLocation(b);
                double scale = Text.NORMAL_SCALE;
                double left = (c.x - b.width / 2) * scale + 2;
                double bottom = (c.y + b.height / 2) * scale - 2;
                assertEquals(floorColour(sharesBefore.get(b.getId())), pixel(before, left, bottom), b.getId() + " at the start");
                assertEquals(floorColour(sharesAfter.get(b.getId())), pixel(after, left, bottom), b.getId() + " two years on");
            }
            assertTrue(sharesAfter.values().stream().anyMatch(v -> v[0] > 0), "tenants have moved in by the end of 2024");
            assertTrue(sharesBefore.values().stream().allMatch(v -> v[0] == 0), "the hindcast starts with empty buildings");
        }
    }

    private static java.util.List<BuildingView> buildings(GuiFixture f) {
        java.util.List<BuildingView> out = new java.util.ArrayList<>();
        sim.util.Bag all = f.gui.scene().places.getAllObjects();
        for (int i = 0; i < all.numObjs; i++) if (all.objs[i] instanceof BuildingView b) out.add(b);
        return out;
    }

    /** Occupied and reserved shares of each building's floor. */
    private static Map<String, double[]> occupied(GuiFixture f) {
        return buildings(f).stream().collect(Collectors.toMap(BuildingView::getId,
                b -> new double[] {b.occupiedShare(), b.getReservedM2() / (double) b.getFloorAreaM2()}));
    }

    /** The colour at the bottom of a block: occupied floor, else floor reserved by signed firms, else none. */
    private static Color floorColour(double[] shares) {
        return shares[0] > 0 ? Palette.FLOOR_OCCUPIED : shares[1] > 0 ? Palette.FLOOR_RESERVED : Palette.BACKGROUND;
    }

    @Test
    void severalParksAreGlyphsAtTheirLatitudeAndLongitudeAllInsideTheDrawingAndNoneOverlapping() throws Exception {
        try (GuiFixture f = GuiFixture.open("china-cell-parks").start()) {
            f.step(84);
            BufferedImage image = f.display();
            Map<String, Double2D> at = f.gui.scene().parkViews().stream()
                    .collect(Collectors.toMap(ParkView::getId, v -> f.gui.scene().places.getObjectLocation(v)));
            Map<String, Park> parks = f.gui.simulation().parks().stream().collect(Collectors.toMap(Park::id, Function.identity()));
            for (String a : at.keySet()) {
                for (String b : at.keySet()) {
                    if (a.equals(b)) continue;
                    assertEquals(parks.get(a).spec().lon() < parks.get(b).spec().lon(), at.get(a).x < at.get(b).x, a + " west of " + b);
                    assertEquals(parks.get(a).spec().lat() > parks.get(b).spec().lat(), at.get(a).y < at.get(b).y, a + " north of " + b);
                }
            }
            assertTrue(f.gui.firmsDrawn().isEmpty(), "the map shows one glyph per park, not every firm");
            var covered = f.gui.parksDrawn();
            assertEquals(parks.size(), covered.size());
            java.awt.geom.Rectangle2D drawing = new java.awt.geom.Rectangle2D.Double(0, 0, Scene.DRAWING_RIGHT * Text.NORMAL_SCALE, image.getHeight());
            for (var r : covered) {
                assertTrue(drawing.contains(r), r + ": a park's glyph and label lie inside the drawing, left of the legend");
                for (var other : covered) if (r != other) assertFalse(r.intersects(other), r + " overlaps " + other);
            }
            ParkView most = f.gui.scene().parkViews().stream().max(java.util.Comparator.comparingInt(ParkView::getTenantsOpen)).orElseThrow();
            for (ParkView v : f.gui.scene().parkViews()) assertTrue(v.width <= most.width, "the glyph grows with the tenants open");
        }
    }

    @Test
    void aClickOnAParkOnTheMapShowsItsBuildingsAndFirmsAndTheButtonGoesBack() throws Exception {
        try (GuiFixture f = GuiFixture.open("china-cell-parks").start()) {
            f.step(60);
            f.display();
            ParkView chengdu = f.gui.scene().parkViews().stream().filter(v -> v.getId().equals("chengdu-tianfu")).findFirst().orElseThrow();
            Double2D c = f.gui.scene().places.getObjectLocation(chengdu);
            javax.swing.SwingUtilities.invokeAndWait(() -> f.gui.inspectAt(c.x * Text.NORMAL_SCALE, c.y * Text.NORMAL_SCALE));
            f.display();
            assertFalse(f.gui.scene().isMap());
            Park park = chengdu.park();
            assertEquals(ids(f.gui.simulation().firms().all().stream().filter(x -> x.park() == park)),
                    ids(f.gui.firmsDrawn().stream().map(FirmPortrayal.Drawn::firm)), "exactly Chengdu's firms, in its buildings and lanes");
            assertEquals(1, f.console.getAllInspectors().size(), "and the park's inspector");

            f.step(1);
            assertFalse(f.gui.scene().isMap(), "the park stays shown while the run goes on");
            javax.swing.SwingUtilities.invokeAndWait(() -> f.gui.inspectAt(ParkLayout.MAP_BUTTON.x * Text.NORMAL_SCALE, ParkLayout.MAP_BUTTON.y * Text.NORMAL_SCALE));
            f.display();
            assertTrue(f.gui.scene().isMap(), "the button goes back to the map");
            assertTrue(f.gui.firmsDrawn().isEmpty());
        }
    }

    @Test
    void complementaryOperatingTenantsAreJoined() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection").start()) {
            f.step(40);
            var network = f.gui.scene().complements;
            int count = 0;
            for (Object node : network.getAllNodes()) {
                for (Object o : network.getEdgesOut(node)) {
                    sim.field.network.Edge e = (sim.field.network.Edge) o;
                    FirmView a = (FirmView) e.getFrom(), b = (FirmView) e.getTo();
                    assertEquals(Stage.OPERATING, a.firm().stage());
                    assertEquals(Stage.OPERATING, b.firm().stage());
                    assertTrue(Scene.complementarity(a.firm().segment(), b.firm().segment(), f.gui.simulation().scenario().model()) > 0);
                    count++;
                }
            }
            assertTrue(count > 0, "operating tenants of complementary segments are joined");
        }
    }

    @Test
    void theMonthShownIsTheMonthJustSimulated() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection").start()) {
            assertEquals("2025-03", LegendPortrayal.monthShown(f.gui.simulation()));
            f.step(14);
            assertEquals("2026-04", LegendPortrayal.monthShown(f.gui.simulation()));
            assertEquals(f.gui.run().rows().get(f.gui.run().rows().size() - 1).date().toString(), LegendPortrayal.monthShown(f.gui.simulation()));
        }
    }
}
