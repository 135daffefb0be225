package parksim.policy.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.TestScenarios;
import parksim.core.InputException;
import parksim.model.Firm;
import parksim.model.ParkSimulation;
import parksim.model.Stage;
import parksim.policy.InstrumentCatalog;
import parksim.policy.InstrumentKind;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.StrictJson;

/**
 * Instruments added from the test class path only (META-INF/services/parksim.policy.InstrumentProvider):
 * a firm incentive paid on an occasion the model does not name ({@link OpeningBonus}) and a programme
 * with an effect of a new kind ({@link TrainingCentre}), each loaded from JSON, simulated and seen in
 * the results; scenarios that do not use them are untouched.
 */
class ExtensionInstrumentsTest {
    private static final double BONUS = 250_000;
    private static final double CENTRE_PER_MONTH = 80_000;

    @TempDir
    Path tmp;

    private static int cli(String... args) {
        StringWriter err = new StringWriter();
        int code = parksim.cli.ParkSimCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        if (code != 0) System.err.println(err);
        return code;
    }

    private Path yanjiWith(String name, String instrument, Map<String, Object> fields) throws IOException {
        ObjectNode tree = TestScenarios.tree("yanji-projection");
        TestScenarios.set(tree, "parks[0].budget", 1e12);
        if (instrument != null) TestScenarios.set(tree, "parks[0].policies." + instrument, fields);
        Path file = tmp.resolve(name + ".json");
        Files.writeString(file, StrictJson.mapper().writeValueAsString(tree));
        return file;
    }

    private static List<String> header(Path out) throws IOException {
        return List.of(Files.readAllLines(out.resolve("summary.csv")).get(0).split(","));
    }

    /** The column's value in each row of summary.csv (one park: one row per replicate). */
    private static List<Double> column(Path out, String name) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("summary.csv"));
        int c = List.of(lines.get(0).split(",")).indexOf(name);
        assertTrue(c >= 0, "summary.csv has " + name);
        return lines.subList(1, lines.size()).stream().map(l -> Double.parseDouble(l.split(",")[c])).toList();
    }

    @Test
    void theInstalledCatalogHoldsTheBuiltInsThenWhatTheClassPathProvides() {
        InstrumentCatalog installed = InstrumentCatalog.installed();
        List<String> builtIns = InstrumentCatalog.builtIns().ids();
        assertEquals(10, builtIns.size());
        assertEquals(builtIns, installed.ids().subList(0, 10), "the built-ins come first, in their order");
        assertEquals(List.of("openingBonus", "relocationGrant", "trainingCentre"), installed.ids().subList(10, installed.ids().size()),
                "then the providers on the class path, by id");
        assertTrue(installed.isBuiltIn("rentSubsidy"));
        assertFalse(installed.isBuiltIn("openingBonus"));
        assertNull(InstrumentCatalog.builtIns().get("openingBonus"), "the built-in catalog knows nothing of the test class path");
        assertFalse(installed.get("equityFund").paidFromBudget(), "the equity fund invests its own capital");
        assertEquals(InstrumentKind.Funding.BUDGET, installed.get("trainingCentre").funding());
    }

    @Test
    void aLoaderGivenOnlyTheBuiltInsRefusesATestInstrumentByItsPath() throws IOException {
        Path file = yanjiWith("bonus", "openingBonus", Map.of("amount", BONUS));
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(file, InstrumentCatalog.builtIns()));
        assertEquals("parks[0].policies.openingBonus", e.location(), e.getMessage());
        assertTrue(e.getMessage().contains("rentSubsidy"), "it lists the instruments it knows: " + e.getMessage());
        assertEquals(BONUS, ScenarioLoader.load(file).scenario().parks().get(0).policies().get(OpeningBonus.class).amount(),
                "the installed catalog reads it");
    }

    @Test
    void anOpeningBonusIsPaidOnceToEachNewTenantInTheMonthItOpens() throws IOException {
        Path file = yanjiWith("bonus", "openingBonus", Map.of("amount", BONUS));
        ParkSimulation sim = new ParkSimulation(ScenarioLoader.load(file).scenario());
        sim.start();
        sim.runToEnd();
        long opened = sim.firms().all().stream().filter(f -> f.offer().terms().stream().anyMatch(t -> t instanceof OpeningBonus.Bonus))
                .filter(ExtensionInstrumentsTest::openedDuringTheRun).count();
        assertTrue(opened > 0, "firms offered the bonus opened during the run");
        assertEquals(BONUS * opened, sim.parks().get(0).budget().spentOn("openingBonus"), 1e-3,
                "every firm offered the bonus that opened during the run was paid it once, and no other firm");

        Path out = tmp.resolve("bonus-out");
        assertEquals(0, cli("run", file.toString(), "--out", out.toString(), "--no-progress"));
        assertEquals(List.of(BONUS * opened), column(out, "spend_opening_bonus_cny"), "its spend has its own column");
        assertFalse(header(out).contains("spend_training_centre_cny"), "an unused added instrument has no column");
        assertEquals(0, cli("check-results", out.toString()), "the accounts still add up");
    }

    private static boolean openedDuringTheRun(Firm f) {
        int opened = f.monthOf(Stage.TRIAL) != Firm.NEVER ? f.monthOf(Stage.TRIAL) : f.monthOf(Stage.OPERATING);
        return opened != Firm.NEVER && opened >= 0;
    }

    /**
     * Paired replications (the same seeds with and without the centre): output is higher with it in
     * every one of 5 pairs. Under no effect each pair would be a coin toss: one-sided sign test p = 1/32.
     */
    @Test
    void aTrainingCentreRaisesOutputThroughItsOwnEffect() throws IOException {
        Path with = yanjiWith("centre", "trainingCentre", Map.of("productivityBoost", 0.3, "costPerMonth", CENTRE_PER_MONTH));
        Path without = yanjiWith("no-centre", null, null);
        Path outWith = tmp.resolve("with"), outWithout = tmp.resolve("without");
        assertEquals(0, cli("run", with.toString(), "--out", outWith.toString(), "--replications", "5", "--no-progress"));
        assertEquals(0, cli("run", without.toString(), "--out", outWithout.toString(), "--replications", "5", "--no-progress"));
        List<Double> a = column(outWith, "output_cny_total"), b = column(outWithout, "output_cny_total");
        for (int r = 0; r < 5; r++) assertTrue(a.get(r) > b.get(r), "replicate " + r + ": " + a.get(r) + " vs " + b.get(r));
        int months = ScenarioLoader.load(with).scenario().months();
        for (double spent : column(outWith, "spend_training_centre_cny")) {
            assertEquals(CENTRE_PER_MONTH * months, spent, 1e-3, "paid every month of the run");
        }
        assertEquals(0, cli("check-results", outWith.toString()));
    }

    @Test
    void aBuiltInScenarioHasEveryBuiltInColumnAndNoneOfTheAddedOnes() throws IOException {
        Path out = tmp.resolve("plain");
        assertEquals(0, cli("run", TestScenarios.file("yanji-projection").toString(), "--out", out.toString(), "--no-progress"));
        List<String> header = header(out);
        for (InstrumentKind k : InstrumentCatalog.builtIns().all()) {
            assertEquals(k.paidFromBudget(), header.contains("spend_" + k.column() + "_cny"), k.id());
        }
        for (String added : List.of("opening_bonus", "relocation_grant", "training_centre")) {
            assertFalse(header.stream().anyMatch(h -> h.contains(added)), added);
        }
    }
}
