package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import parksim.model.Firm;
import parksim.model.Park;
import parksim.model.Stage;
import parksim.policy.EquityFund;
import parksim.policy.Offer;
import parksim.policy.RentSubsidy;
import sim.util.Interval;
import sim.util.Properties;

/** The Model tab: what MASON's inspector sees of it, and what a change does to the running model. */
class ModelTabTest {
    private static int index(Properties p, String getter) {
        return Props.index(p, getter);
    }

    @Test
    void leversAreEditablePropertiesWithSlidersAndDescriptions() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection")) {
            Properties p = Properties.getProperties(f.gui.getSimulationInspectedObject());
            for (String name : List.of("rentSubsidy.share", "rentSubsidy.months", "taxRebate.share", "targetedPromotion.awarenessBoost",
                    "SigningProbability", "OutsideUtility", "NegotiationMonths", "ExitHazard")) {
                int i = index(p, name);
                assertTrue(p.isReadWrite(i), name);
                assertTrue(p.getDomain(i) instanceof Interval, name + " has a slider");
                assertFalse(p.getDescription(i) == null || p.getDescription(i).isBlank(), name + " is described");
            }
            assertTrue(p.getDescription(index(p, "rentSubsidy.share")).contains("at once"));
            assertTrue(p.getDescription(index(p, "SigningProbability")).contains("next start"));
            assertTrue(p.getDomain(index(p, "Park")) instanceof String[], "the park is chosen from a list");
            assertTrue(p.isHidden(index(p, "equityFund.share")), "Yanji has no equity fund, so its lever is hidden");
            assertFalse(p.isHidden(index(p, "rentSubsidy.share")));
            assertEquals(0.5, ((Number) p.getValue(index(p, "rentSubsidy.share"))).doubleValue());
        }
    }

    @Test
    void aPolicyChangeAppliesAtOnceToNewProspectsWhileFirmsKeepTheirTerms() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection")) {
            f.gui.controls().setBudgetMillions(100_000); // a budget that holds every offer whole, so the terms show the package
            f.start();
            f.step(12);
            Park park = f.gui.simulation().parks().get(0);
            List<Firm> before = List.copyOf(f.gui.simulation().firms().all());
            List<Offer> termsBefore = before.stream().map(Firm::offer).toList();

            Properties p = Properties.getProperties(f.gui.getSimulationInspectedObject());
            assertNotNull(p.setValue(index(p, "rentSubsidy.share"), "0.9"), "set through MASON's property machinery, as the slider does");

            assertEquals(0.9, park.policies().get(RentSubsidy.class).share(), "the park's package changed at once");
            assertEquals(36, park.policies().get(RentSubsidy.class).months(), "the rest of the package is kept");
            assertTrue(f.gui.controls().getLastChange().contains("applies at once"), f.gui.controls().getLastChange());
            assertEquals(RecordedRun.EDITED, f.gui.run().identity().variant(), "results of a changed run say so");

            f.step(24);
            for (int i = 0; i < before.size(); i++) assertEquals(termsBefore.get(i), before.get(i).offer(), before.get(i).id() + " keeps its terms");
            List<Firm> later = f.gui.simulation().firms().all().stream()
                    .filter(x -> x.monthOf(Stage.NEGOTIATING) >= 12 && x.offer().hasIncentive()).toList();
            assertFalse(later.isEmpty(), "prospects arrived after the change");
            for (Firm x : later) assertTrue(x.offer().describe().contains("rent 90%"), x.id() + " was offered the new share: " + x.offer().describe());
        }
    }

    @Test
    void aModelParameterAppliesAtTheNextStart() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection").start()) {
            f.step(3);
            f.gui.controls().setParameter("SigningProbability", 0.9);
            f.gui.controls().setMonths(24);
            assertEquals(0.5, f.gui.simulation().scenario().model().pipeline().signingProbability(), "the running simulation is unchanged");
            assertEquals(70, f.gui.simulation().scenario().months());
            assertTrue(f.gui.controls().getLastChange().contains("next start"));
            assertEquals("base", f.gui.run().identity().variant(), "this run is still the scenario's");

            f.gui.finish();
            f.start();
            assertEquals(0.9, f.gui.simulation().scenario().model().pipeline().signingProbability());
            assertEquals(24, f.step(100), "the new horizon");
            assertEquals(RecordedRun.EDITED, f.gui.run().identity().variant());
            assertEquals(2, f.gui.run().changes().size());
        }
    }

    @Test
    void aValueTheScenarioCannotHoldIsRefusedWithTheLoadersMessage() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection").start()) {
            f.gui.controls().setLever("rentSubsidy.share", 1.5);
            assertEquals(0.5, f.gui.controls().lever("rentSubsidy.share"));
            assertEquals(0.5, f.gui.simulation().parks().get(0).policies().get(RentSubsidy.class).share());
            assertEquals("not applied: Model tab: parks[0].policies.rentSubsidy.share: expected a share in [0, 1], found 1.5",
                    f.gui.controls().getLastChange());
            assertTrue(f.gui.run().changes().isEmpty());
        }
    }

    @Test
    void eachParkOfAMultiParkScenarioHasItsOwnLevers() throws Exception {
        try (GuiFixture f = GuiFixture.open("china-cell-parks").start()) {
            ModelControls c = f.gui.controls();
            List<String> ids = f.gui.parkIds();
            c.setPark(ids.indexOf("chengdu-tianfu"));
            Properties p = c.allProperties();
            assertFalse(p.isHidden(index(p, "equityFund.share")), "Chengdu has an equity fund");
            c.setLever("equityFund.share", 0.2);
            Park chengdu = f.gui.simulation().parks().get(ids.indexOf("chengdu-tianfu"));
            assertEquals(0.2, chengdu.policies().get(EquityFund.class).share());
            sim.portrayal.Inspector tab = f.console.getModelInspector();
            assertTrue(tab instanceof ModelInspector, "the Console's Model tab");
            java.awt.Component shown = tab.getComponent(0);
            tab.updateInspector();
            assertTrue(shown == tab.getComponent(0), "refreshed in place while the park stays");
            c.setPark(ids.indexOf("yanji"));
            tab.updateInspector();
            assertFalse(shown == tab.getComponent(0), "built again for another park's levers");
            assertTrue(c.allProperties().isHidden(index(p, "equityFund.share")));
            assertEquals(f.gui.simulation().parks().get(ids.indexOf("yanji")).policies().get(RentSubsidy.class).share(), c.lever("rentSubsidy.share"));
        }
    }

    @Test
    void theModelTabShowsTheLeversThatApplyAtOnceApartFromThoseThatApplyAtTheNextStart() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection")) {
            List<Properties> groups = new ModelInspector(f.gui.controls(), f.gui).groups();
            assertEquals(3, groups.size());
            List<List<String>> names = groups.stream().map(ModelTabTest::names).toList();
            ModelControls c = f.gui.controls();
            assertEquals(List.of(Props.shownName(c, "Park"), Props.shownName(c, "LastChange")), names.get(0));
            for (String lever : List.of("rentSubsidy.share", "rentSubsidy.months", "taxRebate.share", "targetedPromotion.awarenessBoost")) {
                assertTrue(names.get(1).contains(Props.shownName(c, lever)), lever + " applies at once");
            }
            for (String value : List.of("BudgetMillions", "Months", "SigningProbability", "IncentiveShare", "ExitHazard")) {
                assertTrue(names.get(2).contains(Props.shownName(c, value)), value + " applies at the next start");
            }
            assertEquals(c.allProperties().numProperties(), names.stream().mapToInt(List::size).sum(), "every property in exactly one group");
            for (int i = 0; i < groups.get(1).numProperties(); i++) assertTrue(groups.get(1).getDescription(i).contains("at once"));
        }
    }

    @Test
    void aRegisteredInstrumentBringsItsLeversToTheModelTab() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection")) {
            Properties p = f.gui.controls().allProperties();
            int i = index(p, "relocationGrant.amount");
            assertTrue(p.getDescription(i).contains("at once"), "a lever applies at once");
            assertTrue(p.isHidden(i), "hidden while the park's scenario does not offer the instrument");
        }
    }

    private static List<String> names(Properties p) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) out.add(p.getName(i));
        return out;
    }
}
