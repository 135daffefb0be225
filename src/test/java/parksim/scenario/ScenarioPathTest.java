package parksim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import parksim.core.InputException;

class ScenarioPathTest {
    @Test
    void aPolicyPathNamesItsParkInstrumentAndField() {
        ScenarioPath p = new ScenarioPath("parks[yanji].policies.rentSubsidy.share");
        assertEquals("yanji", p.park());
        assertEquals("rentSubsidy", p.instrument());
        assertEquals("share", p.field());
        assertEquals("parks[yanji].policies.rentSubsidy", p.instrumentPath().text());
        assertEquals(List.of("parks", "[yanji]", "policies", "rentSubsidy", "share"), p.steps());
    }

    @Test
    void builtPathsReadAsTheyAreWritten() {
        assertEquals(new ScenarioPath("parks[anji].policies.events.perYear"), ScenarioPath.policy("anji", "events", "perYear"));
        assertEquals("parks[anji].policies.events", ScenarioPath.policy("anji", "events", null).text());
        assertEquals("parks[0].budget", ScenarioPath.park("0", "budget").text());
    }

    @Test
    void otherPathsHaveNoInstrument() {
        ScenarioPath model = new ScenarioPath("model.choice.agglomeration");
        assertNull(model.park());
        assertNull(model.instrument());
        assertNull(model.instrumentPath());
        assertEquals("yanji", new ScenarioPath("parks[yanji].budget").park());
        assertNull(new ScenarioPath("parks[yanji].budget").instrument());
    }

    @Test
    void aMalformedPathIsRefusedWithWhereItStands() {
        InputException e = assertThrows(InputException.class, () -> ScenarioPath.parse("parks[yanji]..share", "sweep.json", "grid.factors"));
        assertEquals("grid.factors", e.location());
        assertEquals("a scenario path like parks[yanji].policies.rentSubsidy.share", e.expected());
        assertEquals("\"parks[yanji]..share\"", e.found());
    }

    @Test
    void aRecordValidatingAPathNamesItsOwnField() {
        parksim.core.FieldException e = assertThrows(parksim.core.FieldException.class, () -> ScenarioPath.of("parks[yanji]..share", "path"));
        assertEquals("path", e.field());
        assertEquals("\"parks[yanji]..share\"", e.found());
    }
}
