package parksim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.observe.SummaryTable;
import parksim.SweepFiles;
import parksim.observe.TimeseriesTable;
import parksim.results.Shard;

class SweepTest {
    @TempDir
    Path dir;

    private static Sweep.Outcome sweep(Experiment e, Path out, Shard shard, int threads, Sweep.Executor executor) {
        try (SweepFolder folder = SweepFolder.open(out, e, shard, new RunsTable(e).header(),
                new SummaryTable(e.variants().get(0).scenario()).header(), TimeseriesTable.HEADER)) {
            Sweep.Outcome o = Sweep.run(e, shard, folder, threads, null, executor);
            folder.finish(o.complete(), o.failed());
            return o;
        }
    }

    private static List<CSVRecord> runs(Path out) throws IOException {
        try (CSVParser p = CSVParser.parse(out.resolve("runs.csv"), java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }

    @Test
    void oneAndTwoThreadsWriteTheSameFiles() throws IOException {
        Experiment e = ExperimentLoader.load(SweepFixtures.experiment(dir, "threads", 6, 24, SweepFixtures.TWO_VARIANTS));
        sweep(e, dir.resolve("one"), Shard.ALL, 1, Sweep.SIMULATION);
        sweep(e, dir.resolve("two"), Shard.ALL, 2, Sweep.SIMULATION);
        for (String f : List.of("timeseries.csv", "summary.csv")) {
            assertEquals(SweepFixtures.read(dir.resolve("one").resolve(f)), SweepFixtures.read(dir.resolve("two").resolve(f)), f);
        }
        assertEquals(SweepFiles.runsWithoutWallTime(dir.resolve("one")), SweepFiles.runsWithoutWallTime(dir.resolve("two")));
        assertEquals(1 + 12 * 24, Files.readAllLines(dir.resolve("one").resolve("timeseries.csv")).size());
    }

    @Test
    void everyVariantOfAReplicateHasTheSameSeed() throws IOException {
        Experiment e = ExperimentLoader.load(SweepFixtures.experiment(dir, "seeds", 3, 12, SweepFixtures.TWO_VARIANTS));
        sweep(e, dir.resolve("out"), Shard.ALL, 2, Sweep.SIMULATION);
        List<CSVRecord> rows = runs(dir.resolve("out"));
        assertEquals(6, rows.size());
        for (CSVRecord r : rows) {
            assertEquals(500 + Integer.parseInt(r.get("replicate")), Long.parseLong(r.get("seed")));
            assertEquals(r.get("variant") + "-r00" + r.get("replicate"), r.get("run_id"));
        }
        assertEquals("0.9", rows.get(1).get("parks[yanji].policies.rentSubsidy.share"), "factor values are recorded per run");
        assertEquals("0.5", rows.get(0).get("parks[yanji].policies.rentSubsidy.share"));
    }

    @Test
    void aFailingRunIsRecordedAndTheOthersGoOn() throws IOException {
        Experiment e = ExperimentLoader.load(SweepFixtures.experiment(dir, "failing", 4, 12, SweepFixtures.TWO_VARIANTS));
        AtomicInteger calls = new AtomicInteger();
        Sweep.Executor flaky = (spec, summary, rows) -> {
            calls.incrementAndGet();
            if (spec.variant().equals("rent-heavy") && spec.replicate() == 1) throw new IllegalStateException("boom in the model");
            return Sweep.SIMULATION.run(spec, summary, rows);
        };
        Sweep.Outcome o = sweep(e, dir.resolve("out"), Shard.ALL, 2, flaky);
        assertEquals(8, calls.get());
        assertEquals(1, o.failed());
        List<CSVRecord> rows = runs(dir.resolve("out"));
        assertEquals(8, rows.size());
        CSVRecord failed = rows.stream().filter(r -> r.get("status").equals("failed")).findFirst().orElseThrow();
        assertEquals("rent-heavy-r001", failed.get("run_id"));
        assertEquals("IllegalStateException: boom in the model", failed.get("error"));
        assertTrue(SweepFixtures.read(dir.resolve("out").resolve("timeseries.csv")).lines().noneMatch(l -> l.startsWith("rent-heavy-r001,")),
                "a failed run leaves no time-series rows");
    }

    @Test
    void aRunThrowingAnErrorIsRecordedAsFailedWithoutHangingAtOneThread() throws IOException {
        Experiment e = ExperimentLoader.load(SweepFixtures.experiment(dir, "errors", 3, 6, SweepFixtures.TWO_VARIANTS));
        Sweep.Executor deep = (spec, summary, rows) -> {
            if (spec.replicate() == 0 && spec.variant().equals("rent-heavy")) throw new StackOverflowError();
            if (spec.replicate() == 1 && spec.variant().equals("baseline")) throw new AssertionError("an invariant broke");
            return Sweep.SIMULATION.run(spec, summary, rows);
        };
        Sweep.Outcome o = sweep(e, dir.resolve("out"), Shard.ALL, 1, deep);
        assertEquals(6, o.ran(), "every run ends recorded");
        assertEquals(2, o.failed());
        assertTrue(o.complete(), "complete: every run recorded, failed or not");
        List<CSVRecord> rows = runs(dir.resolve("out"));
        assertEquals(List.of("ok", "failed", "failed", "ok", "ok", "ok"), rows.stream().map(r -> r.get("status")).toList());
        assertEquals("AssertionError: an invariant broke", rows.get(2).get("error"));
    }

    @Test
    void shardsAreDisjointAndTheirMergeEqualsTheFullSweep() throws IOException {
        Experiment e = ExperimentLoader.load(SweepFixtures.experiment(dir, "shards", 5, 18, SweepFixtures.TWO_VARIANTS));
        sweep(e, dir.resolve("full"), Shard.ALL, 2, Sweep.SIMULATION);
        int total = 0;
        for (int k = 1; k <= 3; k++) {
            sweep(e, dir.resolve("s" + k), new Shard(k, 3), 1, Sweep.SIMULATION);
            total += runs(dir.resolve("s" + k)).size();
        }
        assertEquals(10, total, "the shards cover every run exactly once");
        SweepMerge.Result r = SweepMerge.merge(List.of(dir.resolve("s3"), dir.resolve("s1"), dir.resolve("s2")), dir.resolve("merged"));
        assertTrue(r.complete());
        for (String f : List.of("timeseries.csv", "summary.csv")) {
            assertEquals(SweepFixtures.read(dir.resolve("full").resolve(f)), SweepFixtures.read(dir.resolve("merged").resolve(f)), f);
        }
        assertEquals(SweepFiles.runsWithoutWallTime(dir.resolve("full")), SweepFiles.runsWithoutWallTime(dir.resolve("merged")));
    }

    @Test
    void yearEndRecordingKeepsDecembersAndTheLastMonth() throws IOException {
        Path file = SweepFixtures.experiment(dir, "yearly", 1, 30, "\"record\": \"year-end\",\n" + SweepFixtures.TWO_VARIANTS);
        Experiment e = ExperimentLoader.load(file);
        sweep(e, dir.resolve("out"), Shard.ALL, 1, Sweep.SIMULATION);
        List<String> dates = SweepFixtures.read(dir.resolve("out").resolve("timeseries.csv")).lines().skip(1)
                .filter(l -> l.startsWith("baseline-")).map(l -> l.split(",")[5]).toList();
        assertEquals(List.of("2025-12", "2026-12", "2027-08"), dates);
    }

    @Test
    void aGridExpandsToEveryCombination() throws IOException {
        Path file = SweepFixtures.experiment(dir, "grid", 1, 6, """
                "grid": {"name": "g", "factors": {
                  "parks[yanji].policies.rentSubsidy.share": [0.2, 0.8],
                  "parks[yanji].policies.targetedPromotion.awarenessBoost": {"from": 0.05, "to": 0.25, "step": 0.1}}}""");
        Experiment e = ExperimentLoader.load(file);
        assertEquals(List.of("g-1", "g-2", "g-3", "g-4", "g-5", "g-6"), e.variants().stream().map(Variant::name).toList());
        assertEquals("0.8", e.variants().get(4).factorValues().get("parks[yanji].policies.rentSubsidy.share"));
        assertEquals("0.15", e.variants().get(4).factorValues().get("parks[yanji].policies.targetedPromotion.awarenessBoost"));
        assertEquals(0.15, e.variants().get(4).scenario().parks().get(0).policies().get(parksim.policy.TargetedPromotion.class).awarenessBoost(), 1e-12);
    }
}
