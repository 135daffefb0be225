package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * calibrate's and cross-validate's options and folders, --posterior with --posterior-params, and compare's baseline:
 * each refused before any work with exit 2 and one line naming the option or file; a refused folder is left byte for byte.
 */
class CalibrationBadInputCliTest {
    @TempDir
    Path dir;

    private static final String TARGETS = "scenarios/targets.json";
    private static final String PARAMS = "scenarios/calibration-params.json";

    /** A command line; {@code OUT}, {@code FILE} and {@code SWEEP} stand for a new folder, an existing file and a sweep folder. */
    static Stream<Arguments> options() {
        String cv = "cross-validate " + TARGETS + " --params " + PARAMS + " --replications 1 --evaluations 1 --validation-replications 1";
        String cal = "calibrate scenarios/targets.json --params " + PARAMS + " --evaluations 1 --posterior-evaluations 0 --no-progress";
        return Stream.of(
                Arguments.of("cross-validate --seed 2^40", cv + " --seed 1099511627776 --out OUT", "--seed",
                        "expected a whole number from -2147483648 to 2147483647; MASON keeps 32 bits of a seed, found 1099511627776"),
                Arguments.of("cross-validate --validation-seed past 2^31 - 1", cv.replace("--validation-replications 1", "--validation-replications 2")
                        + " --validation-seed 2147483647 --out OUT", "--validation-seed", "to 2147483646 (seeds seed .. seed + 1 are used)"),
                Arguments.of("calibrate --validation-seed past 2^31 - 1", cal + " --replications 3 --validation-seed 2147483647 --out OUT",
                        "--validation-seed", "found 2147483647"),
                Arguments.of("cross-validate --replications 0", cv.replace("--replications 1 ", "--replications 0 ") + " --out OUT", "--replications",
                        "expected a whole number >= 1, found 0"),
                Arguments.of("cross-validate --validation-replications 0", cv.replace("--validation-replications 1", "--validation-replications 0")
                        + " --out OUT", "--validation-replications", "expected a whole number >= 1, found 0"),
                Arguments.of("calibrate --evaluations 0", cal.replace("--evaluations 1", "--evaluations 0") + " --out OUT", "--evaluations",
                        "expected a whole number >= 1, found 0"),
                Arguments.of("cross-validate --out naming a file", cv + " --out FILE", "FILE: --out", "expected a folder for the results, found a file"),
                Arguments.of("cross-validate --out naming a sweep folder", cv + " --out SWEEP", "SWEEP: --out",
                        "expected an empty or new folder, or one of an earlier cross-validation"),
                Arguments.of("--posterior-params without --posterior", "run scenarios/yanji-projection.json --months 3 --posterior-params " + PARAMS
                        + " --out OUT", PARAMS + ": --posterior-params", "expected --posterior FILE as well"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void isRefusedBeforeAnyWork(String name, String command, String where, String message) throws IOException {
        Path out = dir.resolve("out");
        Path file = dir.resolve("a-file");
        Files.writeString(file, "mine");
        Path sweep = dir.resolve("sweep");
        Files.createDirectories(sweep);
        Files.writeString(sweep.resolve("experiment.json"), "{}");
        Map<String, byte[]> before = contents(dir);
        List<String> args = new ArrayList<>();
        for (String a : command.split(" ")) args.add(a.equals("OUT") ? out.toString() : a.equals("FILE") ? file.toString() : a.equals("SWEEP") ? sweep.toString() : a);
        CliRunner r = CliRunner.run(args.toArray(new String[0]));
        Refusal.assertRefused(r, where.replace("FILE", file.toString()).replace("SWEEP", sweep.toString()), message, out);
        assertEquals(before.keySet(), contents(dir).keySet(), "nothing written");
    }

    @Test
    void aNaNInAFinishedCalibrationsLogChangesNothing() throws IOException {
        Path targets = dir.resolve("targets.json");
        Files.writeString(targets, "{\"targets\": [{\"id\": \"t\", \"figure\": \"Y5\", \"scenario\": \"" + Path.of("scenarios/yanji-hindcast.json").toAbsolutePath()
                + "\", \"park\": \"yanji\", \"metric\": \"tenants_signed_cum\", \"date\": \"2024-12\", \"comparison\": \"equals\", \"value\": 9, \"tolerance\": 2}]}");
        Path params = dir.resolve("params.json");
        Files.writeString(params, "{\"parameters\": [{\"name\": \"v\", \"paths\": [\"parks[yanji].visibility\"], \"min\": 0.01, \"max\": 0.2}]}");
        Path out = dir.resolve("cal");
        String[] args = {"calibrate", targets.toString(), "--params", params.toString(), "--replications", "1", "--evaluations", "3",
                "--posterior-evaluations", "0", "--out", out.toString(), "--no-progress"};
        assertEquals(0, CliRunner.run(args).code());
        Refusal.edit(out.resolve("evaluations.csv"), Refusal.cell(3, "v", "NaN"));
        Map<String, byte[]> before = contents(out);
        Refusal.assertRefused(CliRunner.run(args), out.resolve("evaluations.csv") + ": ", "line 3, column 3 (v): expected a number, found \"NaN\"", null);
        Map<String, byte[]> after = contents(out);
        assertEquals(before.keySet(), after.keySet());
        for (String f : before.keySet()) assertArrayEquals(before.get(f), after.get(f), f + " unchanged");
    }

    @Test
    void aBaselineWhoseEveryRunFailedIsRefused() throws IOException {
        Path exp = ExperimentFiles.write(dir, "failing", 2, 5, 6, "\"parks[yanji].budget\": 2e8");
        Path sweep = dir.resolve("sweep");
        assertEquals(0, CliRunner.run("sweep", exp.toString(), "--out", sweep.toString(), "--no-progress").code());
        for (int line = 2; line <= 5; line++) {
            if (Files.readAllLines(sweep.resolve("runs.csv")).get(line - 1).contains(",baseline,")) {
                Refusal.edit(sweep.resolve("runs.csv"), Refusal.cell(line, "status", "failed"));
            }
        }
        Path out = dir.resolve("cmp");
        Refusal.assertRefused(CliRunner.run("compare", sweep.toString(), "--out", out.toString()), sweep.resolve("runs.csv") + ": status: ",
                "expected finished runs of the baseline baseline, found every run of baseline failed", out);
    }

    @Test
    void aPosteriorSettingWhatTheGridVariesIsRefusedWhateverThePath() throws IOException {
        String scenario = Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString();
        Path exp = dir.resolve("grid.json");
        Files.writeString(exp, """
                {"name": "grid", "scenario": "%s", "replications": 1, "seed": 5, "months": 3, "variants": [],
                 "grid": {"name": "g", "factors": {"parks[0].visibility": [0.02, 0.05]}}}
                """.formatted(scenario));
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("sweep", exp.toString(), "--posterior", "scenarios/posterior.csv", "--posterior-params", PARAMS, "--out", out.toString());
        Refusal.assertRefused(r, "scenarios/posterior.csv: --posterior: ", "expected parameters the experiment does not vary, found visibility, which sets "
                + "parks[0].visibility (parks[*].visibility), a factor of " + exp + " (parks[0].visibility)", out);
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) m.put(root.relativize(f).toString(), Files.readAllBytes(f));
        }
        return m;
    }

    @Test
    void theSweepFolderNamedAsOutIsLeftAsItWas() throws IOException {
        Path sweep = dir.resolve("sweep");
        Files.createDirectories(sweep);
        Files.writeString(sweep.resolve("runs.csv"), "run_id\n");
        CliRunner r = CliRunner.run("cross-validate", TARGETS, "--params", PARAMS, "--replications", "1", "--evaluations", "1", "--out", sweep.toString());
        assertEquals(2, r.code(), r.err());
        assertFalse(Files.exists(sweep.resolve("yanji")), "no fold folder made in it");
        assertEquals(List.of("runs.csv"), Files.list(sweep).map(p -> p.getFileName().toString()).toList());
    }
}
