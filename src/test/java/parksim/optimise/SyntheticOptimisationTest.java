package parksim.optimise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.experiment.Sweep;
import parksim.results.Shard;

/** The optimiser on a synthetic park whose best package and front are known (see {@link SyntheticPark}). */
class SyntheticOptimisationTest {
    @TempDir
    Path dir;

    private static final String SINGLE = "\"budget\": {\"path\": \"parks[yanji].budget\", \"values\": [12000000, 24000000]},"
            + " \"search\": {\"evaluations\": 120, \"finalists\": 4, \"raceReplications\": 4}, \"validation\": {\"seed\": 1000, \"replications\": 12}";
    private static final String FRONT = "\"cost\": {\"metric\": \"spend_cum_cny\", \"park\": \"yanji\", \"date\": \"2030-12\"},"
            + " \"budget\": {\"path\": \"parks[yanji].budget\", \"values\": [12000000, 24000000], \"min\": 2000000},"
            + " \"search\": {\"population\": 24, \"generations\": 12, \"finalists\": 8, \"raceReplications\": 4}, \"validation\": {\"seed\": 1000, \"replications\": 12}";

    private Optimiser.Result optimise(Path file, Path out, Shard shard, Sweep.Executor executor) {
        return optimise(file, out, shard, executor, 2);
    }

    private Optimiser.Result optimise(Path file, Path out, Shard shard, Sweep.Executor executor, int threads) {
        OptimiseProblem p = OptimiseLoader.load(file);
        OptimiseFolder.open(out, p, shard);
        return new Optimiser(p, new Batches(out, p, shard, threads, executor, new PrintWriter(new StringWriter()))).run();
    }

    @Test
    void theSameResultOnOneThreadAsOnThree() throws IOException {
        Path file = SyntheticPark.file(dir, FRONT.replace("\"generations\": 12", "\"generations\": 3"));
        OptimiseReport.write(dir.resolve("one"), optimise(file, dir.resolve("one"), Shard.ALL, SyntheticPark.EXECUTOR, 1));
        OptimiseReport.write(dir.resolve("three"), optimise(file, dir.resolve("three"), Shard.ALL, SyntheticPark.EXECUTOR, 3));
        for (String f : List.of(OptimiseReport.FRONT, OptimiseReport.EVALUATIONS, OptimiseReport.SUMMARY)) {
            assertEquals(Files.readString(dir.resolve("one").resolve(f)), Files.readString(dir.resolve("three").resolve(f)), f);
        }
    }

    @Test
    void cmaesFindsTheOnlyInstrumentThatWorks() throws IOException {
        Optimiser.Result r = optimise(SyntheticPark.file(dir, SINGLE), dir.resolve("out"), Shard.ALL, SyntheticPark.EXECUTOR);
        assertEquals(2, r.recommendations().size());
        for (Optimiser.Recommendation rec : r.recommendations()) {
            double[] v = rec.chosen().values();
            double best = SyntheticPark.bestAt(rec.budget());
            String what = "at " + rec.budget() + ": rent " + v[0] + ", tax " + v[1] + ", talent " + v[2];
            assertTrue(v[0] >= rec.budget() / SyntheticPark.RENT_COST - 0.08, "rent share near what the budget funds " + what);
            double wasted = SyntheticPark.cost(0, v[1], v[2]) / SyntheticPark.cost(v[0], v[1], v[2]);
            assertTrue(wasted < 0.1, "under 10 % of the money on instruments that do nothing " + what);
            double fresh = r.fresh().mean(rec.chosen().id(), 0);
            assertTrue(fresh > best - 1.5, "its outcome on fresh seeds " + fresh + " within 1.5 tenants of the best possible " + best + " " + what);
        }
    }

    @Test
    void nsgaFrontCoversTheKnownFront() throws IOException {
        Optimiser.Result r = optimise(SyntheticPark.file(dir, FRONT), dir.resolve("out"), Shard.ALL, SyntheticPark.EXECUTOR);
        Ledger l = r.search();
        for (Candidate c : r.front()) {
            double spend = l.mean(c.id(), 1), got = l.mean(c.id(), 0);
            assertTrue(got > SyntheticPark.bestAt(spend) - 2.0, "front point " + c.id() + " at ¥" + spend + " has " + got + ", known front " + SyntheticPark.bestAt(spend));
        }
        for (double spend = 4e6; spend <= 24e6; spend += 4e6) {
            double s = spend;
            boolean covered = r.front().stream().anyMatch(c -> Math.abs(l.mean(c.id(), 1) - s) < 3e6 && l.mean(c.id(), 0) > SyntheticPark.bestAt(s) - 2.0);
            assertTrue(covered, "a front point within ¥3M of ¥" + spend + " and 2 tenants of the known front");
        }
        for (Optimiser.Recommendation rec : r.recommendations()) {
            assertTrue(rec.chosen().budget() <= rec.budget(), "recommended within its budget");
            assertTrue(r.fresh().mean(rec.chosen().id(), 0) > SyntheticPark.bestAt(rec.budget()) - 2.5, "near the best at " + rec.budget());
        }
    }

    @Test
    void aStoppedOptimisationResumesToTheSameResult() throws IOException {
        Path file = SyntheticPark.file(dir, SINGLE.replace("120", "40"));
        Optimiser.Result whole = optimise(file, dir.resolve("whole"), Shard.ALL, SyntheticPark.EXECUTOR);
        AtomicInteger calls = new AtomicInteger();
        // Running out of memory stops a sweep where it is, leaving its folder to resume, as a kill does.
        Sweep.Executor dying = (spec, summary, rows) -> {
            if (calls.incrementAndGet() == 150) throw new OutOfMemoryError("simulated");
            return SyntheticPark.EXECUTOR.run(spec, summary, rows);
        };
        assertThrows(IllegalStateException.class, () -> optimise(file, dir.resolve("stopped"), Shard.ALL, dying));
        Optimiser.Result resumed = optimise(file, dir.resolve("stopped"), Shard.ALL, SyntheticPark.EXECUTOR);
        OptimiseReport.write(dir.resolve("whole"), whole);
        OptimiseReport.write(dir.resolve("stopped"), resumed);
        for (String f : List.of(OptimiseReport.FRONT, OptimiseReport.EVALUATIONS, OptimiseReport.SUMMARY)) {
            assertEquals(Files.readString(dir.resolve("whole").resolve(f)), Files.readString(dir.resolve("stopped").resolve(f)), f);
        }
    }

    @Test
    void shardsTogetherGiveTheUnshardedResult() throws Exception {
        Path file = SyntheticPark.file(dir, SINGLE.replace("120", "24"));
        Optimiser.Result whole = optimise(file, dir.resolve("whole"), Shard.ALL, SyntheticPark.EXECUTOR);
        Thread second = new Thread(() -> optimise(file, dir.resolve("sharded"), new Shard(2, 2), SyntheticPark.EXECUTOR));
        second.start();
        Optimiser.Result first = optimise(file, dir.resolve("sharded"), new Shard(1, 2), SyntheticPark.EXECUTOR);
        second.join(60_000);
        OptimiseReport.write(dir.resolve("whole"), whole);
        OptimiseReport.write(dir.resolve("sharded"), first);
        assertEquals(Files.readString(dir.resolve("whole").resolve(OptimiseReport.FRONT)), Files.readString(dir.resolve("sharded").resolve(OptimiseReport.FRONT)));
        assertTrue(Files.isDirectory(dir.resolve("sharded/batches/packages-shard-2-of-2")), "each shard writes its own slice folders");
    }
}
