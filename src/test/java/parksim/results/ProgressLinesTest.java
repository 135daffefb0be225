package parksim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress for logs: whole lines, one per 10 % or per 30 s, with the time left. */
class ProgressLinesTest {
    private static final long SECOND = 1_000_000_000L;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong();

    private List<String> lines() {
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"), "no carriage returns: a log shows every frame");
        return text.lines().toList();
    }

    @Test
    void printsALineAtEachTenthWithTheEta() {
        ProgressLines p = new ProgressLines(out, "parksim sweep x", 200, "runs", clock::get, 0);
        for (int done = 1; done <= 200; done++) {
            clock.addAndGet(SECOND / 10); // 0.1 s a run: 20 s in all, never 30 s between lines
            p.stepTo(done, null);
        }
        p.close();
        List<String> lines = lines();
        assertEquals(11, lines.size(), String.join("\n", lines)); // the first step (0 %), then 10 % ... 100 %
        assertEquals("parksim sweep x: 10% (20/200 runs), 2 s elapsed, ETA 18 s", lines.get(1));
        assertEquals("parksim sweep x: 50% (100/200 runs), 10 s elapsed, ETA 10 s", lines.get(5));
        assertEquals("parksim sweep x: 100% (200/200 runs), 20 s elapsed", lines.get(10));
    }

    @Test
    void aSlowStretchStillPrintsEveryThirtySeconds() {
        ProgressLines p = new ProgressLines(out, "parksim calibrate", 1000, "evaluations", clock::get, 0);
        p.stepTo(1, "best 3.2");
        for (int done = 2; done <= 40; done++) { // 4 % in 195 s: no tenth crossed
            clock.addAndGet(5 * SECOND);
            p.stepTo(done, "best 3.1");
        }
        List<String> lines = lines();
        assertEquals(7, lines.size(), String.join("\n", lines)); // at 0 s, then every 30 s up to 180 s
        assertEquals("parksim calibrate: 0% (7/1000 evaluations), 30 s elapsed, ETA 1 h 10 min, best 3.1", lines.get(1));
    }

    @Test
    void closingMidwayTellsWhereTheWorkStopped() {
        ProgressLines p = new ProgressLines(out, "t", 100, "months", clock::get, 0);
        p.stepTo(10, null);
        clock.addAndGet(SECOND);
        p.stepTo(15, null);
        p.close();
        List<String> lines = lines();
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("t: 15% (15/100 months), 1 s elapsed, ETA 5 s"), lines.get(1));
    }

    @Test
    void progressPrintsLinesWhenStderrIsNotATerminal() {
        try (Progress p = new Progress(true, "parksim run y", 4, " months", 0, out)) {
            for (int m = 1; m <= 4; m++) p.stepTo(m);
        }
        List<String> lines = lines();
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(3).startsWith("parksim run y: 100% (4/4 months), "), lines.get(3));
    }

    @Test
    void recognisesTerminalDevices() {
        assertTrue(Progress.isTerminalDevice("/dev/pts/3"));
        assertTrue(Progress.isTerminalDevice("/dev/tty1"));
        assertFalse(Progress.isTerminalDevice("/tmp/job-1234.err"));
        assertFalse(Progress.isTerminalDevice("pipe:[81234]"));
        // Surefire gives the test JVM pipes, not a terminal.
        assertFalse(Progress.stderrIsTerminal());
    }
}
