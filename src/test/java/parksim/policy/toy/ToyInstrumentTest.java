package parksim.policy.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.TestScenarios;
import parksim.model.Firm;
import parksim.model.ParkSimulation;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.StrictJson;

/** An eleventh instrument from the test class path (its provider in META-INF/services), end to end: scenario JSON, offer, payment, budget, CSV columns. */
class ToyInstrumentTest {
    @TempDir
    Path tmp;

    private static int cli(String... args) {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = parksim.cli.ParkSimCommand.execute(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err), args);
        if (code != 0) System.err.println(err);
        return code;
    }

    private Path scenarioWithGrant() throws IOException {
        ObjectNode tree = TestScenarios.tree("yanji-projection");
        TestScenarios.set(tree, "parks[0].budget", 1e12);
        TestScenarios.set(tree, "parks[0].policies.relocationGrant", Map.of("amount", 400000.0));
        Path file = tmp.resolve("with-grant.json");
        Files.writeString(file, StrictJson.mapper().writeValueAsString(tree));
        return file;
    }

    @Test
    void itIsReadOfferedPaidAndBookedToItsOwnColumn() throws IOException {
        Path file = scenarioWithGrant();
        ParkSimulation sim = new ParkSimulation(ScenarioLoader.load(file).scenario());
        sim.start();
        sim.runToEnd();
        double spent = sim.parks().get(0).budget().spentOn("relocationGrant");
        long signed = sim.firms().all().stream().filter(f -> f.serial() > 0 && f.monthOf(parksim.model.Stage.SIGNED) != Firm.NEVER).count();
        assertTrue(signed > 0);
        assertEquals(400000.0 * signed, spent, 1e-3, "every new firm that signed was paid the grant from the budget");
        assertTrue(sim.firms().all().stream().filter(f -> f.serial() > 0).allMatch(f -> f.offer().describe().contains("relocation grant")));

        Path out = tmp.resolve("out");
        assertEquals(0, cli("run", file.toString(), "--out", out.toString(), "--no-progress"));
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        List<String> header = List.of(summary.get(0).split(","));
        int column = header.indexOf("spend_relocation_grant_cny");
        assertTrue(column > 0, "the summary has the instrument's spend column");
        assertTrue(Double.parseDouble(summary.get(1).split(",")[column]) > 0);
        assertEquals(0, cli("check-results", out.toString()), "the accounts still add up");
    }

    @Test
    void aScenarioWithoutItHasNoColumnForIt() throws IOException {
        Path out = tmp.resolve("plain");
        assertEquals(0, cli("run", TestScenarios.file("yanji-projection").toString(), "--out",
                out.toString(), "--no-progress"));
        assertFalse(Files.readAllLines(out.resolve("summary.csv")).get(0).contains("relocation_grant"));
    }

    @Test
    void aBadValueNamesItsPath() throws IOException {
        ObjectNode tree = TestScenarios.tree("yanji-projection");
        TestScenarios.set(tree, "parks[0].policies.relocationGrant", Map.of("amount", -1.0));
        Path file = tmp.resolve("bad.json");
        Files.writeString(file, StrictJson.mapper().writeValueAsString(tree));
        parksim.core.InputException e = org.junit.jupiter.api.Assertions.assertThrows(parksim.core.InputException.class,
                () -> ScenarioLoader.load(file));
        assertEquals("parks[0].policies.relocationGrant.amount", e.location(), e.getMessage());
    }
}
