package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.SweepFiles;
import parksim.results.FolderLock;

/** Sweeps under real failures, in child processes: a run out of memory, a second writer, a kill at start, a lost write. */
class SweepReliabilityTest {
    @TempDir
    Path dir;

    private Path experiment(String name, int replications, int months, String richSet) throws IOException {
        return ExperimentFiles.write(dir, name, replications, 77, months, richSet);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    @Test
    void aRunOutOfMemoryStopsTheSweepWithAMessageAndLeavesItResumable() throws Exception {
        // Fifty million storage prospects a month: the second run of the plan (rich-r000) cannot even list them in a 64 MB heap.
        Path exp = experiment("oom", 3, 3, "\"market.segments.storage.arrivalsPerMonth\": 50000000");
        Path out = dir.resolve("out");
        for (int session = 1; session <= 2; session++) {
            Path log = dir.resolve("child" + session + ".log");
            Process p = ChildParkSim.start(log, "64m", "sweep", exp.toString(), "--out", out.toString(), "--threads", "1", "--no-progress");
            assertEquals(1, ChildParkSim.exitCode(p), read(log));
            String text = read(log);
            assertTrue(text.contains("the sweep stopped: run rich-r000 ran out of memory") && text.contains("-Xmx"), text);
            assertTrue(text.contains(session == 1 ? "0 already done, ran 1 (0 failed)" : "1 already done, ran 0 (0 failed)"), text);
            assertFalse(text.contains("\tat "), "no stack trace: " + text);
            assertTrue(read(out.resolve("experiment.json")).contains("\"complete\" : false"));
            List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
            assertEquals(2, runs.size(), "only the run that finished is recorded, once: " + runs);
            assertTrue(runs.get(1).startsWith("baseline-r000,yanji-projection,baseline,0,77,ok,"), runs.get(1));
        }
    }

    @Test
    void aSecondProcessOnTheSameFolderIsRefusedNamingTheHolderAndAKilledHolderLeavesNoLock() throws Exception {
        Path exp = experiment("two", 40, 70, "\"parks[yanji].budget\": 2e8");
        Path out = dir.resolve("out");
        Process first = ChildParkSim.start(dir.resolve("first.log"), null, "sweep", exp.toString(), "--out", out.toString(), "--threads", "1",
                "--no-progress");
        ChildParkSim.await(() -> Files.exists(out.resolve("experiment.json")));
        CliRunner second = CliRunner.run("sweep", exp.toString(), "--out", out.toString());
        boolean firstStillRunning = first.isAlive();
        first.destroyForcibly().waitFor(); // kill -9: the OS releases its lock
        assertTrue(firstStillRunning, "the first sweep was still writing");
        assertEquals(2, second.code(), second.err());
        assertTrue(second.err().startsWith("parksim: " + out + ": is in use by another parksim process (pid " + first.pid() + " on "),
                second.err());
        assertTrue(second.err().contains("sweep two.json started"), second.err());

        CliRunner resumed = CliRunner.run("sweep", exp.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(0, resumed.code(), resumed.err());
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("runs.csv")).subList(1, 81)) ids.add(line.substring(0, line.indexOf(',')));
        assertEquals(80, ids.stream().distinct().count(), "every run once");
    }

    @Test
    void aCalibrationFolderInUseIsRefused() throws IOException {
        Path out = dir.resolve("cal");
        Path params = dir.resolve("params.json");
        Files.writeString(params, """
                {"parameters": [{"name": "v", "paths": ["parks[yanji].visibility"], "scenarios": ["yanji-hindcast"], "min": 0.001, "max": 0.1}]}
                """);
        try (FolderLock held = FolderLock.acquire(out, "calibrate")) {
            CliRunner r = CliRunner.run("calibrate", "scenarios/targets.json", "--params", params.toString(), "--out", out.toString(),
                    "--evaluations", "1", "--replications", "1", "--no-progress");
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().startsWith("parksim: " + out + ": is in use by another parksim process (pid " + ProcessHandle.current().pid()),
                    r.err());
            assertFalse(Files.exists(out.resolve("calibration.json")));
        }
    }

    @Test
    void aSweepKilledAtItsStartResumesToTheSameFiles() throws Exception {
        Path exp = experiment("start", 3, 24, "\"parks[yanji].budget\": 2e8");
        Path whole = dir.resolve("whole");
        assertEquals(0, CliRunner.run("sweep", exp.toString(), "--out", whole.toString()).code());

        Path killed = dir.resolve("killed");
        Process p = ChildParkSim.start(dir.resolve("child.log"), null, "sweep", exp.toString(), "--out", killed.toString(), "--no-progress");
        ChildParkSim.await(() -> Files.exists(killed.resolve(FolderLock.FILE)));
        p.destroyForcibly().waitFor();
        // And what a kill between the headers and experiment.json leaves, whatever the timing above hit.
        Path early = dir.resolve("early");
        Files.createDirectories(early);
        for (String f : List.of("runs.csv", "summary.csv", "timeseries.csv")) {
            String header = Files.readAllLines(whole.resolve(f)).get(0);
            Files.writeString(early.resolve(f), f.equals("summary.csv") ? header.substring(0, 20) : header + "\n");
        }
        Files.writeString(early.resolve("experiment.json.tmp"), "{\"program\": \"park");

        for (Path folder : List.of(killed, early)) {
            CliRunner r = CliRunner.run("sweep", exp.toString(), "--out", folder.toString(), "--no-progress");
            assertEquals(0, r.code(), folder + ": " + r.err());
            for (String f : List.of("timeseries.csv", "summary.csv")) assertEquals(read(whole.resolve(f)), read(folder.resolve(f)), f);
            assertEquals(SweepFiles.runsWithoutWallTime(whole), SweepFiles.runsWithoutWallTime(folder));
        }
    }

    @Test
    void aListedRunWhoseRowsWereLostRunsAgainOnResume() throws IOException {
        Path exp = experiment("lost", 3, 12, "\"parks[yanji].budget\": 2e8");
        Path out = dir.resolve("out");
        assertEquals(0, CliRunner.run("sweep", exp.toString(), "--out", out.toString()).code());
        String summary = read(out.resolve("summary.csv"));
        String timeseries = read(out.resolve("timeseries.csv"));
        // A power loss before the data reached the disk, with runs.csv already there (files of a sweep without checkpoints).
        Files.write(out.resolve("summary.csv"), summary.lines().filter(l -> !l.startsWith("rich-r002,")).toList());

        CliRunner r = CliRunner.run("sweep", exp.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("5 already done, ran 1 (0 failed)"), r.out());
        assertEquals(summary, read(out.resolve("summary.csv")));
        assertEquals(timeseries, read(out.resolve("timeseries.csv")));
    }
}
