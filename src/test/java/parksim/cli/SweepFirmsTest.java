package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parksim.cli.CompareCommandTest.csv;
import static parksim.cli.CompareCommandTest.num;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An experiment with {@code "firms": true} makes sweep write firms.csv (resumable, mergeable), which compare turns into additionality. */
class SweepFirmsTest {
    @TempDir
    Path dir;

    private Path experiment(boolean firms) throws IOException {
        String scenario = Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString().replace("\\", "/");
        Path file = dir.resolve("e-" + firms + ".json");
        Files.writeString(file, """
                {"name": "firms", "scenario": "%s", "replications": 3, "seed": 11, "months": 24, "firms": %s,
                 "variants": [{"name": "baseline", "set": {}},
                   {"name": "deep-rent", "set": {"parks[yanji].budget": 100000000, "parks[yanji].policies.rentSubsidy.share": 0.9}}]}
                """.formatted(scenario, firms));
        return file;
    }

    @Test
    void firmsAreWrittenForEveryRunAndCompareMatchesThemAcrossVariants() throws IOException {
        Path out = dir.resolve("sweep");
        assertEquals(0, CliRunner.run("sweep", experiment(true).toString(), "--out", out.toString(), "--no-progress").code());
        List<Map<String, String>> firms = csv(out.resolve("firms.csv"));
        Set<String> runs = firms.stream().map(f -> f.get("run_id")).collect(Collectors.toSet());
        assertEquals(csv(out.resolve("runs.csv")).stream().map(r -> r.get("run_id")).collect(Collectors.toSet()), runs, "every run's firms");

        Path cmp = dir.resolve("cmp");
        CliRunner c = CliRunner.run("compare", out.toString(), "--out", cmp.toString());
        assertEquals(0, c.code(), c.err());
        Map<String, String> row = csv(cmp.resolve("additionality.csv")).get(0);
        assertEquals("deep-rent", row.get("variant"));
        assertEquals("3", row.get("runs_paired"));
        double signedDiff = num(CompareCommandTest.row(csv(cmp.resolve("comparison.csv")), "deep-rent", "tenants_signed_cum", "2027-02"), "diff");
        assertEquals(signedDiff, num(row, "net_additional"), 1e-9, "induced - lost is the change in signed tenants (no initial tenant signs again)");

        // Run again: nothing to do, no duplicate rows.
        byte[] before = Files.readAllBytes(out.resolve("firms.csv"));
        assertEquals(0, CliRunner.run("sweep", experiment(true).toString(), "--out", out.toString(), "--no-progress").code());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("firms.csv")));
    }

    @Test
    void shardsMergeIntoTheSameFirmsFileAndWithoutTheOptionThereIsNone() throws IOException {
        Path whole = dir.resolve("whole");
        assertEquals(0, CliRunner.run("sweep", experiment(true).toString(), "--out", whole.toString(), "--no-progress").code());
        for (int k = 1; k <= 2; k++) {
            assertEquals(0, CliRunner.run("sweep", experiment(true).toString(), "--shard", k + "/2", "--out", dir.resolve("s" + k).toString(),
                    "--no-progress").code());
        }
        Path merged = dir.resolve("merged");
        CliRunner m = CliRunner.run("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(), "--out", merged.toString());
        assertEquals(0, m.code(), m.err());
        assertArrayEquals(Files.readAllBytes(whole.resolve("firms.csv")), Files.readAllBytes(merged.resolve("firms.csv")));

        Path plain = dir.resolve("plain");
        assertEquals(0, CliRunner.run("sweep", experiment(false).toString(), "--out", plain.toString(), "--no-progress").code());
        assertTrue(Files.notExists(plain.resolve("firms.csv")), "firms.csv only when the experiment asks for it");
    }
}
