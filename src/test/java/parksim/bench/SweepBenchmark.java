package parksim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.experiment.Experiment;
import parksim.experiment.ExperimentLoader;
import parksim.experiment.RunsTable;
import parksim.experiment.Sweep;
import parksim.experiment.SweepFolder;
import parksim.observe.SummaryTable;
import parksim.observe.TimeseriesTable;
import parksim.results.Shard;

/**
 * Sweep throughput and memory: the bundled Yanji policy packages (7 variants × 50 replicates of the
 * projection, 70 months) and a 10,000-run sweep of the projection, in this JVM's heap (the bench
 * profile runs it with -Xmx1g). Prints runs/s, firm-months/s and the largest heap seen.
 */
@Tag("benchmark")
class SweepBenchmark {
    @TempDir
    Path dir;

    private static long peakHeapMb(Runtime rt, long peak) {
        return Math.max(peak, (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }

    private void measure(Path experimentFile, String label) {
        Experiment e = ExperimentLoader.load(experimentFile);
        Runtime rt = Runtime.getRuntime();
        int threads = rt.availableProcessors();
        long[] peak = {0};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = peakHeapMb(rt, peak[0]);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ex) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Sweep.Outcome o;
        try (SweepFolder folder = SweepFolder.open(dir.resolve(label), e, Shard.ALL, new RunsTable(e).header(),
                new SummaryTable(e.variants().get(0).scenario()).header(), TimeseriesTable.HEADER)) {
            o = Sweep.run(e, Shard.ALL, folder, threads, null, Sweep.SIMULATION);
        }
        sampler.interrupt();
        double s = o.wallMillis() / 1000.0;
        System.out.printf(Locale.ROOT, "sweep benchmark %s: %d runs on %d threads in %.1f s: %.1f runs/s, %.0f firm-months/s, peak heap %d MB of %d MB%n",
                label, o.ran(), threads, s, o.ran() / s, o.firmMonths() / s, peak[0], rt.maxMemory() / (1024 * 1024));
        assertEquals(o.planned(), o.ran());
        assertEquals(0, o.failed());
    }

    @Test
    void bundledPolicyPackages() {
        measure(Path.of("scenarios/experiments/yanji-policy-packages.json"), "packages");
    }

    @Test
    void tenThousandRunsInABoundedHeap() throws IOException {
        Path file = dir.resolve("big.json");
        Files.writeString(file, """
                {"name": "big", "scenario": "%s", "replications": 5000, "seed": 1,
                 "variants": [{"name": "baseline", "set": {}}, {"name": "rich", "set": {"parks[yanji].budget": 2e8}}]}
                """.formatted(Path.of("scenarios/yanji-projection.json").toAbsolutePath()));
        measure(file, "10000-runs");
    }
}
