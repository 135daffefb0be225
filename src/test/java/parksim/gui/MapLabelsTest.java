package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map of several parks: readable names whose labels never overlap or leave the drawing, over China's outline and provinces. */
class MapLabelsTest {
    @Test
    void noTwoLabelsIntersectAndNoneLeavesTheDrawingAtAnyMonth() throws Exception {
        try (GuiFixture f = GuiFixture.open("china-cell-parks").start()) {
            int month = 0;
            for (int step : new int[] {0, 24, 36, 24, 36}) {
                month += f.step(step);
                BufferedImage image = f.display();
                List<Rectangle2D> labels = f.gui.parkLabelsDrawn();
                assertEquals(4, labels.size(), "one label per park at month " + month);
                Rectangle2D drawing = new Rectangle2D.Double(0, 0, Scene.DRAWING_RIGHT * Text.NORMAL_SCALE, image.getHeight());
                for (Rectangle2D a : labels) {
                    assertTrue(drawing.contains(a), a + " inside the drawing at month " + month);
                    for (Rectangle2D b : labels) if (a != b) assertFalse(a.intersects(b), a + " overlaps " + b + " at month " + month);
                }
            }
        }
    }

    /** The named tenants of the Yanji park (Kasen, Xinchao, Huirong, Meinian) keep their names apart at every year's end. */
    @Test
    void firmNamesNeverOverlapOnOneParksDisplay() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection").start()) {
            int month = 0;
            for (int step : new int[] {0, 10, 12, 12, 12, 12, 12}) {
                month += f.step(step);
                f.display();
                List<Rectangle2D> labels = f.gui.firmLabelsDrawn();
                assertEquals(4, labels.size(), "the four named tenants at month " + month);
                for (Rectangle2D a : labels) {
                    for (Rectangle2D b : labels) if (a != b) assertFalse(a.intersects(b), a + " overlaps " + b + " at month " + month);
                }
            }
        }
    }

    @Test
    void labelsAvoidEachOtherWhereBelowWouldCollide() {
        Rectangle2D glyph = new Rectangle2D.Double(100, 100, 20, 20);
        Rectangle2D below = new Rectangle2D.Double(80, 118, 80, 40);
        Rectangle2D bounds = new Rectangle2D.Double(0, 0, 500, 400);
        Rectangle2D placed = LabelPlacement.place(glyph, 60, 30, List.of(below), bounds);
        assertFalse(placed.intersects(below), "not below, where another label is: " + placed);
        assertFalse(placed.intersects(glyph), "nor over its own glyph");
        assertTrue(placed.getMaxY() <= glyph.getMinY(), "above it, the next place tried: " + placed);
    }

    @Test
    void parksAreNamedReadablyAndTheMapHasChinasOutlineAndProvincesWithTheirSource() throws Exception {
        assertEquals("Chengdu Tianfu", ParkPortrayal.readableName("chengdu-tianfu"));
        assertTrue(Basemap.rings().get(0).length > 100, "the mainland's outline");
        try (GuiFixture f = GuiFixture.open("china-cell-parks").start()) {
            BufferedImage image = f.display();
            int land = 0;
            for (int y = 0; y < image.getHeight(); y++) for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xFFFFFF) == 0xF4F1EA) land++;
            assertTrue(land > image.getWidth() * image.getHeight() / 10, "China's land fills part of the map: " + land + " px");
            int provinceLines = 0;
            for (int y = 0; y < image.getHeight(); y++) for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xFFFFFF) == 0xDAD3C6) provinceLines++;
            assertTrue(provinceLines > 500, "province borders drawn: " + provinceLines + " px");
        }
        for (String resource : new String[] {"china-outline.txt", "china-provinces.txt"}) {
            try (var in = Basemap.class.getResourceAsStream(resource)) {
                String header = new String(in.readNBytes(400), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(header.contains("Natural Earth") && header.contains("public domain"), resource + ": " + header);
            }
        }
    }

    /** The province borders are China's own: they run inside its outline, from the coast or frontier inland. */
    @Test
    void provinceBordersLieInsideChinasOutline() {
        java.awt.geom.Path2D land = new java.awt.geom.Path2D.Double(java.awt.geom.Path2D.WIND_NON_ZERO);
        for (double[][] ring : Basemap.rings()) {
            land.moveTo(ring[0][0], ring[0][1]);
            for (double[] p : ring) land.lineTo(p[0], p[1]);
            land.closePath();
        }
        int points = 0, inside = 0;
        for (double[][] border : Basemap.provinceBorders()) {
            for (double[] p : border) {
                points++;
                if (land.contains(p[0], p[1])) inside++;
            }
        }
        assertTrue(Basemap.provinceBorders().size() >= 60, "the borders of 31 provinces: " + Basemap.provinceBorders().size());
        assertTrue(inside >= 0.97 * points, inside + " of " + points + " border points inside the outline");
    }
}
