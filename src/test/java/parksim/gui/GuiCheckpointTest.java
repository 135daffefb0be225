package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.TestScenarios;
import parksim.model.ParkSimulation;
import parksim.scenario.Scenario;
import sim.engine.SimState;

/** The Console's File > Save writes a checkpoint of a run the GUI records, and File > Open reads it back. */
class GuiCheckpointTest {
    @TempDir
    Path dir;

    @Test
    void aRecordedRunCanBeCheckpointedAndResumed() throws Exception {
        Scenario s = TestScenarios.load("yanji-projection").scenario();
        ParkSimulation straight = TestScenarios.ranToEnd(s);

        ParkSimulation sim = TestScenarios.started(s);
        RecordedRun.attach(sim, List.of());
        for (int m = 0; m < 20; m++) sim.stepMonth();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        sim.writeToCheckpoint(bytes);
        ParkSimulation resumed = (ParkSimulation) SimState.readFromCheckpoint(new ByteArrayInputStream(bytes.toByteArray()));
        resumed.runToEnd();
        assertEquals(straight.parks().get(0).signedCum(), resumed.parks().get(0).signedCum());
        assertEquals(straight.parks().get(0).output12m(), resumed.parks().get(0).output12m());
    }

    @Test
    void theGuiOpensACheckpointAndStepsOnButWillNotExportAPartialRecord() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection").start()) {
            f.step(10);
            File file = dir.resolve("run.checkpoint").toFile();
            f.gui.simulation().writeToCheckpoint(file);
            f.gui.finish();
            assertTrue(f.gui.readNewStateFromCheckpoint(file));
            assertEquals(10, f.gui.simulation().monthsDone());
            f.step(2);
            assertEquals(12, f.gui.simulation().monthsDone());
            f.display();
            assertEquals(f.gui.simulation().firms().all().size(), f.gui.firmsDrawn().size(), "the display follows the opened run");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.gui.exportCsvs(dir.resolve("out")));
            assertTrue(e.getMessage().contains("checkpoint"), e.getMessage());
        }
    }
}
