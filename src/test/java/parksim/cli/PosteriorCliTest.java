package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.TestScenarios;
import parksim.scenario.StrictJson;

/** {@code --posterior} on run, sweep and check-targets, black-box. */
class PosteriorCliTest {
    @TempDir
    Path dir;

    private Path params() throws IOException {
        Path file = dir.resolve("calibration-params.json");
        Files.writeString(file, """
                {"parameters": [
                  {"name": "visibility", "paths": ["parks[*].visibility"], "min": 0.005, "max": 0.3},
                  {"name": "move-in-lag", "paths": ["model.pipeline.moveInLagMonths"], "integer": true, "min": 1, "max": 18}]}
                """);
        return file;
    }

    private Path posterior(String csv) throws IOException {
        params();
        Path file = dir.resolve("posterior.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void aOneRowPosteriorGivesTheSameResultsAsPlainRunWithItsValues() throws IOException {
        Path post = posterior("visibility,move-in-lag\n0.11,7\n");
        ObjectNode tree = TestScenarios.tree("yanji-projection");
        TestScenarios.set(tree, "parks[yanji].visibility", 0.11);
        TestScenarios.set(tree, "model.pipeline.moveInLagMonths", 7);
        Path scenario = dir.resolve("fixed.json");
        Files.writeString(scenario, StrictJson.mapper().writeValueAsString(tree));

        CliRunner plain = CliRunner.run("run", scenario.toString(), "--replications", "2", "--months", "18", "--out", dir.resolve("plain").toString());
        CliRunner drawn = CliRunner.run("run", "scenarios/yanji-projection.json", "--posterior", post.toString(), "--replications", "2",
                "--months", "18", "--out", dir.resolve("drawn").toString());
        assertEquals(0, plain.code(), plain.err());
        assertEquals(0, drawn.code(), drawn.err());
        for (String f : List.of("timeseries.csv", "summary.csv", "firms.csv")) {
            assertEquals(Files.readString(dir.resolve("plain").resolve(f)), Files.readString(dir.resolve("drawn").resolve(f)), f);
        }
        assertTrue(drawn.out().contains("parameters drawn per replicate from " + post + " (1 draws); applying to yanji-projection: [visibility, move-in-lag]"),
                drawn.out());
        JsonNode runs = StrictJson.readTree(dir.resolve("drawn/run.json")).get("runs");
        for (JsonNode run : runs) {
            assertEquals(1, run.get("posterior_draw").asInt());
            assertEquals(0.11, run.get("posterior_parameters").get("visibility").asDouble(), 0);
        }
        assertTrue(StrictJson.readTree(dir.resolve("drawn/run.json")).get("reproduce").asText().contains("--posterior " + post));
    }

    @Test
    void drawsAreReproducibleFromTheSeedAndRecordedPerReplicateInRunJsonAndRunsCsv() throws IOException {
        Path post = posterior("visibility,move-in-lag,weight\n0.02,2,1\n0.08,6,1\n0.2,12,1\n0.25,15,1\n");
        String[] run = {"run", "scenarios/yanji-projection.json", "--posterior", post.toString(), "--replications", "6", "--seed", "77",
                "--months", "12", "--no-progress"};
        assertEquals(0, CliRunner.run(concat(run, "--out", dir.resolve("a").toString())).code());
        assertEquals(0, CliRunner.run(concat(run, "--out", dir.resolve("b").toString())).code());
        assertEquals(Files.readString(dir.resolve("a/timeseries.csv")), Files.readString(dir.resolve("b/timeseries.csv")));
        List<Integer> draws = new java.util.ArrayList<>();
        for (JsonNode r : StrictJson.readTree(dir.resolve("a/run.json")).get("runs")) draws.add(r.get("posterior_draw").asInt());
        assertTrue(draws.stream().distinct().count() > 1, "six seeds draw more than one of four rows: " + draws);

        Path experiment = dir.resolve("exp.json");
        Files.writeString(experiment, """
                {"name": "post", "scenario": "%s", "replications": 6, "seed": 77, "months": 12,
                 "variants": [{"name": "baseline", "set": {}}, {"name": "rich", "set": {"parks[yanji].policies.rentSubsidy.share": 0.9}}]}
                """.formatted(Path.of("scenarios/yanji-projection.json").toAbsolutePath()));
        CliRunner sweep = CliRunner.run("sweep", experiment.toString(), "--posterior", post.toString(), "--out", dir.resolve("s").toString(),
                "--threads", "2", "--no-progress");
        assertEquals(0, sweep.code(), sweep.err());
        List<String> rows = Files.readAllLines(dir.resolve("s/runs.csv"));
        assertTrue(rows.get(0).contains(",posterior_draw,posterior:visibility,posterior:move-in-lag,"), rows.get(0));
        int column = List.of(rows.get(0).split(",")).indexOf("posterior_draw");
        for (int i = 1; i < rows.size(); i++) {
            String[] cells = rows.get(i).split(",");
            int replicate = Integer.parseInt(cells[3]);
            assertEquals(draws.get(replicate), Integer.parseInt(cells[column]), "replicate " + replicate + " of both variants draws as in run");
        }
    }

    @Test
    void aBadPosteriorIsABadInputErrorAndLeavesNoResult() throws IOException {
        Path post = posterior("visibility,move-in-lag\n0.1,3\n0.5,3\n");
        Path out = dir.resolve("never");
        CliRunner r = CliRunner.run("run", "scenarios/yanji-projection.json", "--posterior", post.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals("parksim: " + post + ": line 3, column 1 (visibility): expected a value within the parameter's bounds [0.005, 0.3], found 0.5\n",
                r.err());
        assertFalse(Files.exists(out));
        CliRunner check = CliRunner.run("check-targets", "scenarios/targets.json", "--posterior", post.toString(), "--replications", "2");
        assertEquals(2, check.code());
        Path experiment = Path.of("scenarios/experiments/yanji-policy-packages.json");
        CliRunner sweep = CliRunner.run("sweep", experiment.toString(), "--posterior", post.toString(), "--out", dir.resolve("s").toString());
        assertEquals(2, sweep.code());
        assertFalse(Files.exists(dir.resolve("s")));
    }

    @Test
    void checkTargetsUsesSeedsDisjointFromCalibrationsAndSaysWhichAndWhatItDraws() throws IOException {
        Path post = posterior("visibility,move-in-lag\n0.06,6\n");
        CliRunner r = CliRunner.run("check-targets", "scenarios/targets.json", "--posterior", post.toString(), "--replications", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 replications each, seeds 1000001..1000002"), r.out());
        assertTrue(r.out().contains("applying to anji: [visibility, move-in-lag]"), r.out());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
