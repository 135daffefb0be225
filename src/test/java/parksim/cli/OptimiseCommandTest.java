package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.scenario.StrictJson;

/** {@code optimise} driven from the command line on a cut-down copy of the bundled Yanji optimisation. */
class OptimiseCommandTest {
    @TempDir
    Path dir;

    /** The bundled file with a tiny search, written beside the bundled scenarios so its relative paths hold. */
    private Path tiny(String name) throws IOException {
        ObjectNode root = (ObjectNode) StrictJson.readTree(Path.of("scenarios/experiments/optimise-yanji.json"));
        root.put("name", name);
        root.put("replications", 2);
        root.set("search", StrictJson.mapper().readTree("{\"population\": 4, \"generations\": 2, \"finalists\": 2, \"raceReplications\": 2}"));
        root.set("validation", StrictJson.mapper().readTree("{\"seed\": 1000001, \"replications\": 3}"));
        root.put("scenario", Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString());
        root.put("packages", Path.of("scenarios/experiments/yanji-policy-packages.json").toAbsolutePath().toString());
        Path f = dir.resolve(name + ".json");
        StrictJson.mapper().writeValue(f.toFile(), root);
        return f;
    }

    @Test
    void optimisesResumesAndRefusesAnotherOptimisationsFolder() throws IOException {
        Path file = tiny("tiny");
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("optimise", file.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.out() + r.err());
        for (String f : List.of("front.csv", "evaluations.csv", "front.png", "optimise.html", "summary.md", "optimise.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        String summary = Files.readString(out.resolve("summary.md"));
        assertTrue(summary.contains("At ¥10M") && summary.contains("At ¥20M"), summary);
        assertTrue(summary.contains("baseline `baseline`"), "each recommendation is compared with the baseline: " + summary);
        String front = Files.readString(out.resolve("front.csv"));
        assertTrue(front.startsWith("package,budget_cny,rent relief share,"), front);
        assertTrue(front.contains("vs_baseline_ci_low"), front);

        CliRunner again = CliRunner.run("optimise", file.toString(), "--out", out.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("ran 0 run(s)"), "a finished folder is read, not run again: " + again.out());
        assertEquals(summary, Files.readString(out.resolve("summary.md")), "the same result");

        Path other = tiny("other");
        Files.writeString(other, Files.readString(other).replace("\"seed\" : 5000", "\"seed\" : 5001"));
        CliRunner refused = CliRunner.run("optimise", other.toString(), "--out", out.toString());
        assertEquals(2, refused.code(), refused.out() + refused.err());
        assertTrue(refused.err().contains("fingerprint: expected an optimisation of"), refused.err());
        assertEquals(summary, Files.readString(out.resolve("summary.md")), "a refusal changes nothing");
    }

    @Test
    void killedMidBatchItResumesToTheUninterruptedResultAndKeepsOneWriter() throws Exception {
        Path file = tiny("killed");
        Path out = dir.resolve("killed-out");
        Process child = ChildParkSim.start(dir.resolve("child.log"), null, "optimise", file.toString(), "--out", out.toString(), "--threads", "1");
        ChildParkSim.await(() -> ChildParkSim.lines(out.resolve("batches/search-g01/runs.csv")) >= 3);
        CliRunner second = CliRunner.run("optimise", file.toString(), "--out", out.toString());
        assertEquals(2, second.code(), second.out() + second.err());
        assertTrue(second.err().contains("is in use by another parksim process"), second.err());
        child.destroyForcibly().waitFor(); // kill -9
        assertTrue(Files.notExists(out.resolve("summary.md")), "no result before the end");
        CliRunner resumed = CliRunner.run("optimise", file.toString(), "--out", out.toString());
        assertEquals(0, resumed.code(), resumed.out() + resumed.err());
        CliRunner whole = CliRunner.run("optimise", file.toString(), "--out", dir.resolve("whole").toString());
        assertEquals(0, whole.code(), whole.err());
        for (String f : List.of("summary.md", "front.csv", "evaluations.csv")) {
            assertEquals(Files.readString(dir.resolve("whole").resolve(f)), Files.readString(out.resolve(f)), f);
        }
    }

    @Test
    void oneObjectiveAcrossPosteriorDrawsIsJudgedByALowerQuantile() throws IOException {
        Path file = tiny("single");
        ObjectNode root = (ObjectNode) StrictJson.readTree(file);
        root.remove("cost");
        root.set("budget", StrictJson.mapper().readTree("{\"path\": \"parks[yanji].appropriations.*\", \"values\": [10000000]}"));
        root.set("search", StrictJson.mapper().readTree("{\"evaluations\": 3, \"finalists\": 2, \"raceReplications\": 2}"));
        StrictJson.mapper().writeValue(file.toFile(), root);
        Path out = dir.resolve("single-out");
        CliRunner r = CliRunner.run("optimise", file.toString(), "--out", out.toString(), "--posterior", "scenarios/posterior.csv");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("CMA-ES (3 candidates per budget)"), r.out());
        assertTrue(r.out().contains("parameters drawn per replicate from scenarios/posterior.csv"), r.out());
        String summary = Files.readString(out.resolve("summary.md"));
        assertTrue(summary.contains("the best tenants_open at yanji by 2030-12 at each budget"), summary);
        assertTrue(summary.contains("judged by the 20 % quantile of its runs across posterior draws"), summary);
        assertTrue(summary.contains("At ¥10M, fund `b1-"), summary);
    }

    @Test
    void aPosteriorThatSetsALeverIsRefused() throws IOException {
        Path file = tiny("clash");
        Files.writeString(file, Files.readString(file).replace("\"parks[yanji].policies.rentSubsidy.share\"", "\"parks[yanji].visibility\", \"min\" : 0.0001, \"max\" : 0.0004"));
        CliRunner r = CliRunner.run("optimise", file.toString(), "--out", dir.resolve("clash-out").toString(), "--posterior", "scenarios/posterior.csv");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("--posterior: expected parameters the optimisation does not move, found visibility"), r.err());
        assertTrue(Files.notExists(dir.resolve("clash-out")), "nothing written");
    }

    @Test
    void validateRecognisesTheBundledOptimisation() {
        CliRunner r = CliRunner.run("validate", "scenarios/experiments/optimise-yanji.json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("valid optimisation file \"optimise-yanji\": 8 lever(s)"), r.out());
        CliRunner wrongKind = CliRunner.run("sweep", "scenarios/experiments/optimise-yanji.json");
        assertEquals(2, wrongKind.code());
        assertTrue(wrongKind.err().contains("found an optimisation file, which is for optimise"), wrongKind.err());
    }
}
