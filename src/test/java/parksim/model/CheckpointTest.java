package parksim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.TestScenarios;
import sim.engine.SimState;

class CheckpointTest {
    @TempDir
    Path tmp;

    /** What a run reached, per park and firm, to compare two runs exactly. */
    static String fingerprint(ParkSimulation sim) {
        StringBuilder sb = new StringBuilder("months " + sim.monthsDone());
        for (Park p : sim.parks()) {
            sb.append(String.format(java.util.Locale.ROOT, "%n%s signed %d output12m %.6f spent %.6f committed %.6f fund %.6f",
                    p.id(), p.signedCum(), p.output12m(), p.budget().spent(), p.budget().committed(), p.fundInvestedCum()));
        }
        for (Firm f : sim.firms().all()) sb.append(String.format(java.util.Locale.ROOT, "%n%s %s %.6f", f.id(), f.stage(), f.cash()));
        return sb.toString();
    }

    private static ParkSimulation straight() {
        ParkSimulation sim = TestScenarios.started(TestScenarios.load("china-cell-parks").scenario());
        sim.runToEnd();
        return sim;
    }

    private static ParkSimulation after60Months() {
        ParkSimulation sim = TestScenarios.started(TestScenarios.load("china-cell-parks").scenario());
        for (int m = 0; m < 60; m++) sim.stepMonth();
        return sim;
    }

    @Test
    void aCheckpointedRunContinuesExactlyAsAnUninterruptedOne() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        after60Months().writeToCheckpoint(bytes);
        ParkSimulation resumed = (ParkSimulation) SimState.readFromCheckpoint(new ByteArrayInputStream(bytes.toByteArray()));
        resumed.runToEnd();
        assertEquals(fingerprint(straight()), fingerprint(resumed));
    }

    @Test
    void aCheckpointReadByAFreshJvmContinuesExactly() throws Exception {
        Path file = tmp.resolve("run.checkpoint");
        try (OutputStream out = new FileOutputStream(file.toFile())) {
            after60Months().writeToCheckpoint(out);
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), CheckpointResume.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), printed);
        // MASON prints its banner and a line about reading the checkpoint first; the fingerprint is the rest.
        String fromChild = printed.substring(printed.indexOf("months "));
        assertEquals(fingerprint(straight()), fromChild.strip());
    }
}
