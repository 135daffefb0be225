package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code --out} folder of every command: checked before any work, never an input, an existing folder with
 * files replaced only with --force, created with the umask's permissions, and no staging folders left over.
 */
class OutputFolderTest {
    @TempDir
    static Path shared;
    static Path sweep;
    static Path experiment;

    @TempDir
    Path dir;

    @BeforeAll
    static void aSweep() throws IOException {
        experiment = ExperimentFiles.write(shared, "outs", 2, 5, 6, "\"parks[yanji].budget\": 2e8");
        sweep = shared.resolve("sweep");
        assertEquals(0, CliRunner.run("sweep", experiment.toString(), "--out", sweep.toString()).code());
    }

    private static List<String> command(String name, Path out) {
        List<String> args = new ArrayList<>(switch (name) {
            case "run" -> List.of("run", "scenarios/yanji-hindcast.json", "--months", "3");
            case "sweep" -> List.of("sweep", experiment.toString());
            case "merge" -> List.of("merge", sweep.toString());
            case "compare" -> List.of("compare", sweep.toString());
            case "check-targets" -> List.of("check-targets", "scenarios/targets.json", "--replications", "1");
            case "calibrate" -> List.of("calibrate", "scenarios/targets.json", "--params", "scenarios/calibration-params.json", "--replications", "1",
                    "--evaluations", "1", "--no-progress");
            default -> throw new IllegalArgumentException(name);
        });
        args.addAll(List.of("--out", out.toString()));
        return args;
    }

    private static CliRunner run(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return CliRunner.run(all.toArray(new String[0]));
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) m.put(f.getFileName().toString(), new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return m;
    }

    private static void assertOneCleanLine(CliRunner r, String start, String contains) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith(start), r.err());
        assertTrue(r.err().contains(contains), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"run", "sweep", "merge", "compare", "check-targets", "calibrate"})
    void anOutThatIsAFileOrUnderOneIsRefusedBeforeAnyWork(String name) throws IOException {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "mine");
        assertOneCleanLine(run(command(name, file)), "parksim: " + file + ": --out: expected a folder for the results, found a file", "");
        assertOneCleanLine(run(command(name, file.resolve("sub"))), "parksim: " + file.resolve("sub") + ": --out: expected a folder",
                "found a path under the file " + file);
        assertEquals("mine", Files.readString(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "nothing else written");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"run", "merge", "compare", "check-targets"})
    void aFolderWithFilesIsLeftAloneWithoutForceAndReplacedWithIt(String name) throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, run(command(name, out)).code());
        Files.writeString(out.resolve("notes.txt"), "an analyst's notes");
        Map<String, String> before = contents(out);

        CliRunner refused = run(command(name, out));
        assertOneCleanLine(refused, "parksim: " + out + ": --out: expected an empty or new folder (or --force to replace earlier results)",
                "nothing was changed");
        assertEquals(before, contents(out));

        CliRunner forced = run(command(name, out), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertFalse(Files.exists(out.resolve("notes.txt")), "replaced as a whole: no mix of old and new files");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("out"), left.map(p -> p.getFileName().toString()).toList(), "no staging or replaced folder left");
        }
    }

    @Test
    void forceNeverReplacesAFolderOfOtherFiles() throws IOException {
        Path out = dir.resolve("thesis");
        Files.createDirectories(out);
        Files.writeString(out.resolve("chapter1.tex"), "text");
        CliRunner r = run(command("run", out), "--force");
        assertOneCleanLine(r, "parksim: " + out + ": --out: expected with --force, a folder of parksim results", "never replaced");
        assertEquals(Map.of("chapter1.tex", "text"), contents(out));
    }

    @Test
    void forceNeverReplacesAFolderThatAnotherProcessWrites() throws IOException {
        Path out = dir.resolve("busy-sweep");
        Files.createDirectories(out);
        Files.writeString(out.resolve("experiment.json"), "{}");
        try (parksim.results.FolderLock held = parksim.results.FolderLock.acquire(out, "sweep x.json")) {
            assertOneCleanLine(run(command("run", out), "--force"), "parksim: " + out + ": is in use by another parksim process (pid ",
                    "it is not replaced, even with --force");
        }
        assertTrue(Files.exists(out.resolve("experiment.json")));
    }

    @Test
    void anInputIsNeverAnOutputEvenWithForce() throws IOException {
        Map<String, String> before = contents(sweep);
        assertOneCleanLine(CliRunner.run("merge", sweep.toString(), "--out", sweep.toString(), "--force"),
                "parksim: " + sweep + ": --out: expected a folder other than the inputs", "which would be overwritten");
        assertOneCleanLine(CliRunner.run("compare", sweep.resolve("timeseries.csv").toString(), "--out", sweep.toString(), "--force"),
                "parksim: " + sweep + ": --out: expected a folder other than the inputs", "");
        assertEquals(before, contents(sweep));
    }

    @Test
    void aSweepOrCalibrationFolderWithOtherFilesIsRefused() throws IOException {
        Path out = dir.resolve("busy");
        Files.createDirectories(out);
        Files.writeString(out.resolve("data.csv"), "a,b\n");
        assertOneCleanLine(run(command("sweep", out)), "parksim: " + out + ": holds files but no experiment.json (e.g. data.csv)", "");
        assertOneCleanLine(run(command("calibrate", out)), "parksim: " + out + ": --out: expected an empty or new folder, or one of an earlier calibration", "");
        assertEquals(Map.of("data.csv", "a,b\n"), contents(out));
    }

    @Test
    void resultFoldersHonourTheUmask() throws IOException {
        Path reference = Files.createDirectory(dir.resolve("made-by-mkdir"));
        String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(reference));
        for (String name : List.of("run", "compare", "merge", "check-targets")) {
            Path out = dir.resolve(name);
            assertEquals(0, run(command(name, out)).code(), name);
            assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(out)), name);
        }
    }

    @Test
    void stagingFoldersOfKilledWritersOnThisHostAreRemovedAndOthersKept() throws IOException {
        String host = parksim.results.FolderLock.host().replace("-", "_");
        Path dead = Files.createDirectory(dir.resolve(".out.partial-" + host + "-2147483646-1f"));
        Files.writeString(dead.resolve("timeseries.csv"), "half");
        Path alive = Files.createDirectory(dir.resolve(".out.partial-" + host + "-" + ProcessHandle.current().pid() + "-2e"));
        Path otherHost = Files.createDirectory(dir.resolve(".out.partial-elsewhere-1-3d"));
        assertEquals(0, run(command("run", dir.resolve("out"))).code());
        assertFalse(Files.exists(dead), "a killed writer's staging folder is removed");
        assertTrue(Files.exists(alive) && Files.exists(otherHost), "a live writer's, or another host's, is kept");
    }

    @Test
    void seedsBeyond32BitsAreRefusedByCheckTargetsAndCalibrate() {
        for (String name : List.of("check-targets", "calibrate")) {
            CliRunner r = run(command(name, dir.resolve(name)), "--seed", "1099511627776");
            assertOneCleanLine(r, "parksim: --seed: expected a whole number from -2147483648 to", "found 1099511627776");
            assertFalse(Files.exists(dir.resolve(name)));
        }
    }
}
