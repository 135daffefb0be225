package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare on a sweep that stopped early: a prominent warning in the terminal and the report, naming the missing runs. */
class CompareIncompleteSweepTest {
    @TempDir
    Path dir;

    @Test
    void anIncompleteSweepIsComparedWithAWarningThatNamesTheMissingRuns() throws IOException {
        Path exp = ExperimentFiles.write(dir, "partial", 4, 5, 6, "\"parks[yanji].budget\": 2e8");
        Path sweep = dir.resolve("sweep");
        assertEquals(0, CliRunner.run("sweep", exp.toString(), "--out", sweep.toString()).code());
        CliRunner whole = CliRunner.run("compare", sweep.toString(), "--out", dir.resolve("c0").toString());
        assertFalse(whole.err().contains("INCOMPLETE"), whole.err());

        // As a sweep killed after 5 of its 8 runs leaves it (resume would drop the rows of unlisted runs).
        List<String> runs = Files.readAllLines(sweep.resolve("runs.csv"));
        Files.write(sweep.resolve("runs.csv"), runs.subList(0, 6));
        Path meta = sweep.resolve("experiment.json");
        Files.writeString(meta, Files.readString(meta).replace("\"complete\" : true", "\"complete\" : false"));

        Path out = dir.resolve("c1");
        CliRunner r = CliRunner.run("compare", sweep.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String warning = "INCOMPLETE SWEEP: " + meta + " plans 8 runs, 5 finished; 3 are missing (e.g. rich-r002, baseline-r003, rich-r003);"
                + " missing per variant: baseline 1 of 4, rich 2 of 4";
        assertTrue(r.err().contains("parksim: warning: " + warning), r.err());
        assertTrue(Files.readString(out.resolve("report.html")).contains(warning), "the report says so too");
    }
}
