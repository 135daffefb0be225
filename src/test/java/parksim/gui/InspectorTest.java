package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import parksim.model.Firm;
import parksim.model.Park;
import parksim.model.Stage;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.util.Bag;
import sim.util.Double2D;
import sim.util.Properties;

/** Clicking a firm or a park in the display finds it, and its inspector shows its state. */
class InspectorTest {
    private static List<LocationWrapper> clicked(GuiFixture f, double x, double y) {
        List<LocationWrapper> hits = new ArrayList<>();
        for (Bag layer : f.gui.display().objectsHitBy(new Point2D.Double(x, y))) {
            for (int i = 0; i < layer.numObjs; i++) hits.add((LocationWrapper) layer.objs[i]);
        }
        return hits;
    }

    private static Object value(Object bean, String getter) {
        return Props.value(bean, getter);
    }

    @Test
    void clickingAFirmShowsItsStageSegmentMoneyAndTheMonthOfEachStage() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection").start()) {
            f.step(36);
            f.display();
            FirmPortrayal.Drawn drawn = f.gui.firmsDrawn().stream().filter(d -> d.firm().stage() == Stage.OPERATING && d.firm().serial() > 0)
                    .findFirst().orElseThrow(() -> new AssertionError("a firm that arrived during the run operates"));
            Firm firm = drawn.firm();
            LocationWrapper hit = clicked(f, drawn.x(), drawn.y()).stream()
                    .filter(w -> w.getObject() instanceof FirmView v && v.firm() == firm).findFirst().orElseThrow();
            Inspector inspector = hit.getFieldPortrayal().getInspector(hit, f.gui);
            assertTrue(inspector instanceof SimpleInspector, "clicking opens the firm's own inspector, without MASON's position in field units");
            assertTrue(new FirmPortrayal().getInspector(hit, f.gui) instanceof SimpleInspector, "MASON's property inspector, on the view below");

            FirmView view = (FirmView) hit.getObject();
            assertEquals("operating", value(view, "Stage"));
            assertEquals(firm.segment().id(), value(view, "Segment"));
            assertEquals(Money.millions(firm.output12m()), value(view, "OutputLast12MonthsMillions"));
            assertEquals(Money.millions(firm.cash()), value(view, "CashMillions"));
            assertEquals(Money.millions(firm.subsidiesReceived()), value(view, "SubsidiesReceivedMillions"));
            var start = f.gui.simulation().scenario().start();
            assertEquals(start.plus(firm.monthOf(Stage.NEGOTIATING)).toString(), value(view, "MonthNegotiating"));
            assertEquals(start.plus(firm.monthOf(Stage.SIGNED)).toString(), value(view, "MonthSigned"));
            assertEquals(start.plus(firm.monthOf(Stage.OPERATING)).toString(), value(view, "MonthOperating"));
            assertEquals("", value(view, "MonthExited"));

            f.step(6);
            assertEquals(Money.millions(firm.cash()), value(view, "CashMillions"), "the inspector reads the firm as it is now");
        }
    }

    @Test
    void clickingAParkOnTheMapShowsItsFigures() throws Exception {
        try (GuiFixture f = GuiFixture.open("china-cell-parks").start()) {
            f.step(60);
            f.display();
            ParkView yanji = f.gui.scene().parkViews().stream().filter(v -> v.getId().equals("yanji")).findFirst().orElseThrow();
            Double2D at = f.gui.scene().places.getObjectLocation(yanji);
            double edge = (at.x + yanji.width / 2) * Text.NORMAL_SCALE - 1;
            LocationWrapper hit = clicked(f, edge, at.y * Text.NORMAL_SCALE).stream()
                    .filter(w -> w.getObject() instanceof ParkView).findFirst().orElseThrow();
            assertEquals(yanji, hit.getObject());
            Park park = yanji.park();
            assertEquals(park.open(), value(yanji, "TenantsOpen"));
            assertEquals(park.count(Stage.OPERATING), value(yanji, "Operating"));
            assertEquals(Money.millions(park.output12m()), value(yanji, "OutputLast12MonthsMillions"));
            assertEquals(Money.millions(park.budget().spent()), value(yanji, "SpentMillions"));
            assertEquals(Math.round(park.chainCompleteness() * 1000) / 10.0, value(yanji, "ChainCompletenessPercent"));
        }
    }

    @Test
    void aSingleClickOnAFirmInABuildingInspectsTheFirm() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection").showConsole().stepWithConsole(36)) {
            f.display();
            FirmPortrayal.Drawn drawn = f.gui.firmsDrawn().stream().filter(d -> d.firm().building() != null && d.firm().stage() == Stage.OPERATING)
                    .findFirst().orElseThrow();
            f.click(drawn.x(), drawn.y());
            java.util.concurrent.atomic.AtomicReference<List<Object>> inspected = new java.util.concurrent.atomic.AtomicReference<>();
            javax.swing.SwingUtilities.invokeAndWait(() -> {
                List<Object> objects = new ArrayList<>();
                for (LocationWrapper w : f.gui.display().getSelectedWrappers()) objects.add(w.getObject());
                inspected.set(objects);
            });
            assertEquals(1, f.console.getAllInspectors().size(), "one click, one inspector: the topmost thing under the mouse");
            assertEquals(1, inspected.get().size());
            assertTrue(inspected.get().get(0) instanceof FirmView v && v.firm() == drawn.firm(), "the firm, not the building it sits in: " + inspected.get());
        }
    }

    @Test
    void everyPropertyAnInspectorShowsHasAHumanNameAndMoneyAndSharesCarryTheirUnit() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection").start()) {
            f.step(12);
            List<Object> beans = new ArrayList<>(List.of(f.gui.controls(), f.gui.scene().parkViews().get(0),
                    f.gui.scene().view(f.gui.simulation().firms().all().get(0))));
            Bag places = f.gui.scene().places.getAllObjects();
            for (int i = 0; i < places.numObjs; i++) if (places.objs[i] instanceof BuildingView b) beans.add(b);
            for (Object bean : beans) {
                Properties p = Properties.getProperties(bean);
                for (int i = 0; i < p.numProperties(); i++) {
                    String name = p.getName(i);
                    assertFalse(name.matches(".*[a-z][A-Z].*"), bean.getClass().getSimpleName() + " shows a getter name: " + name);
                    assertFalse(name.matches(".*(Millions|M2|Percent|Share)$"), name + " names its unit in words a reader would not use");
                }
            }
            assertTrue(Props.shownName(beans.get(1), "OutputLast12MonthsMillions").contains("¥M"));
            assertTrue(Props.shownName(beans.get(1), "OccupancyPercent").contains("%"));
            assertTrue(Props.shownName(beans.get(0), "IncentiveShare").contains("coefficient"), "a choice coefficient is not called a share");
        }
    }

    @Test
    void tenantsTheScenarioNamesAreLabelledAndNoOtherFirm() throws Exception {
        var sim = parksim.TestScenarios.started(parksim.TestScenarios.load("yanji-projection").scenario());
        for (int m = 0; m < 12; m++) sim.schedule.step(sim);
        java.util.Map<String, String> labels = new java.util.TreeMap<>();
        for (Firm f : sim.firms().all()) if (FirmPortrayal.label(f) != null) labels.put(f.id(), FirmPortrayal.label(f));
        assertEquals(java.util.Map.of("huirong", "Huirong", "kasen", "Kasen", "meinian", "Meinian", "xinchao", "Xinchao"), labels,
                "the four open firms the articles name; the five unnamed signed firms and the arrivals get none");
    }

    @Test
    void inspectorsListEveryPropertyInAFixedOrderWithTheNameFirst() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection").start()) {
            f.step(3);
            ParkView park = f.gui.scene().parkViews().get(0);
            FirmView firm = f.gui.scene().view(f.gui.simulation().firms().all().get(0));
            Bag places = f.gui.scene().places.getAllObjects();
            BuildingView building = null;
            for (int i = 0; i < places.numObjs; i++) if (places.objs[i] instanceof BuildingView b) building = b;
            java.util.Map<Object, List<String>> orders = java.util.Map.of(park, ParkView.ORDER, firm, FirmView.ORDER, building, BuildingView.ORDER,
                    f.gui.controls(), ModelControls.ORDER);
            // The Model tab's bean properties follow ModelControls.ORDER; its policy levers follow, in catalog order, then the model parameters.
            Properties controls = f.gui.controls().allProperties();
            assertEquals(ModelControls.ORDER.size() + new PolicyLevers(f.gui.controls()).numProperties() + ModelControls.PARAMETERS.size(),
                    controls.numProperties());
            for (var e : orders.entrySet()) {
                Properties listed = GroupedProperties.of(e.getKey(), e.getValue());
                assertEquals(Properties.getProperties(e.getKey()).numProperties(), e.getValue().size(), e.getKey().getClass().getSimpleName() + ": the order names every property");
                for (int i = 0; i < e.getValue().size(); i++) assertEquals(Props.shownName(e.getKey(), e.getValue().get(i)), listed.getName(i));
            }
            assertEquals("Name", GroupedProperties.of(firm, FirmView.ORDER).getName(0));
        }
    }
}
