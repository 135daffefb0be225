package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * discover's inputs, each rule once: the condition (outputs and inputs only, finite numbers), the options
 * (--threshold, --alpha, --min-mass, --out) and the folder's runs.csv (a number in every cell the condition reads, an
 * input with numbers in every run or none). Each is refused before the search, with exit 2 and one line naming the
 * option or the file, line and column; no result folder is made.
 */
class DiscoverBadInputTest {
    @TempDir
    static Path shared;
    static Path sweep;

    @TempDir
    Path dir;

    private static final String SHARE = "parks[yanji].policies.rentSubsidy.share";

    @BeforeAll
    static void sweep() throws IOException {
        String scenario = Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString();
        Path exp = shared.resolve("grid.json");
        Files.writeString(exp, """
                {"name": "grid", "scenario": "%s", "replications": 2, "seed": 5, "months": 6, "variants": [],
                 "grid": {"name": "g", "factors": {"%s": [0.2, 0.5, 0.8]}}}
                """.formatted(scenario, SHARE));
        sweep = shared.resolve("sweep");
        assertEquals(0, CliRunner.run("sweep", exp.toString(), "--out", sweep.toString(), "--no-progress").code());
    }

    /** What a case runs on: the sweep or a copy of it with one cell of runs.csv changed. */
    record Case(String name, String line, String column, String value, List<String> options, String where, String message) {}

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("a condition on the variant", null, null, null, List.of("--where", "variant == 1"), "--where",
                        "expected a condition on the runs' results (an output or input column of"),
                new Case("a condition on the status", null, null, null, List.of("--where", "status == 1"), "--where", "found \"status\""),
                new Case("a comparison with NaN", null, null, null, List.of("--where", "tenants_open < NaN"), "--where \"tenants_open < NaN\"",
                        "expected a finite number, found \"NaN\""),
                new Case("threshold 0", null, null, null, List.of("--where", "tenants_open < 5", "--threshold", "0"), "--threshold",
                        "expected a density in (0, 1], found 0"),
                new Case("threshold 1.5", null, null, null, List.of("--where", "tenants_open < 5", "--threshold", "1.5"), "--threshold", "found 1.5"),
                new Case("threshold -0.2", null, null, null, List.of("--where", "tenants_open < 5", "--threshold", "-0.2"), "--threshold", "found -0.2"),
                new Case("alpha 0.6", null, null, null, List.of("--where", "tenants_open < 5", "--alpha", "0.6"), "--alpha",
                        "expected a share in (0, 0.5), found 0.6"),
                new Case("NaN in a column the condition reads", "3", "tenants_open", "NaN", List.of("--where", "tenants_open < 5"),
                        "RUNS", "line 3, column 12 (tenants_open): expected a number, found \"NaN\""),
                new Case("text in an input column", "4", SHARE, "half", List.of("--where", "tenants_open < 5"),
                        "RUNS", "line 4, column 10 (" + SHARE + "): expected a number, as in line 2 (an input has a number in every run or in none), found \"half\""),
                new Case("an existing file as --out", null, null, null, List.of("--where", "tenants_open < 5", "--out", "FILE"), "FILE",
                        "--out: expected a folder for the results, found a file")
        ).map(c -> Arguments.of(c.name(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedBeforeTheSearch(String name, Case c) throws IOException {
        Path folder = sweep;
        if (c.line() != null) {
            folder = Refusal.copy(sweep, dir.resolve("sweep"));
            Refusal.edit(folder.resolve("runs.csv"), Refusal.cell(Integer.parseInt(c.line()), c.column(), c.value()));
        }
        Path file = dir.resolve("a-file");
        Files.writeString(file, "mine");
        Path out = dir.resolve("found");
        List<String> args = new ArrayList<>(List.of("discover", folder.toString()));
        for (String o : c.options()) args.add(o.equals("FILE") ? file.toString() : o);
        if (!c.options().contains("--out")) args.addAll(List.of("--out", out.toString()));
        CliRunner r = CliRunner.run(args.toArray(new String[0]));
        String where = c.where().equals("RUNS") ? folder.resolve("runs.csv") + ": " : c.where().equals("FILE") ? file + ": " : c.where();
        Refusal.assertRefused(r, where, c.message(), out);
        assertEquals("mine", Files.readString(file), "the file named as --out is left as it was");
    }

    @Test
    void aThresholdThatIsNotANumberIsAUsageError() throws IOException {
        // NaN is refused by the command line's number converter, which adds picocli's "Try ... --help" line.
        Path out = dir.resolve("nan");
        CliRunner r = CliRunner.run("discover", sweep.toString(), "--where", "tenants_open < 5", "--threshold", "NaN", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("parksim: --threshold: expected a number, found \"NaN\"", r.err().lines().findFirst().orElseThrow());
        assertFalse(Files.exists(out), "nothing written");
    }
}
