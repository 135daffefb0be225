package parksim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import sim.engine.SimState;

class CheckpointTest {
    @Test
    void aCheckpointedRunContinuesExactlyAsAnUninterruptedOne() throws Exception {
        ParkSimulation straight = TestScenarios.started(TestScenarios.load("china-cell-parks").scenario());
        straight.runToEnd();

        ParkSimulation first = TestScenarios.started(TestScenarios.load("china-cell-parks").scenario());
        for (int m = 0; m < 60; m++) first.stepMonth();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        first.writeToCheckpoint(bytes);
        ParkSimulation resumed = (ParkSimulation) SimState.readFromCheckpoint(new ByteArrayInputStream(bytes.toByteArray()));
        resumed.runToEnd();

        assertEquals(straight.monthsDone(), resumed.monthsDone());
        for (int i = 0; i < straight.parks().size(); i++) {
            Park a = straight.parks().get(i);
            Park b = resumed.parks().get(i);
            assertEquals(a.signedCum(), b.signedCum());
            assertEquals(a.output12m(), b.output12m());
            assertEquals(a.budget().spent(), b.budget().spent());
        }
        assertEquals(straight.firms().all().size(), resumed.firms().all().size());
    }
}
