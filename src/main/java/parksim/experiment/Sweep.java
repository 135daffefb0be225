package parksim.experiment;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVPrinter;
import parksim.core.CalendarMonth;
import parksim.observe.ParkMonth;
import parksim.observe.RunIdentity;
import parksim.observe.SummaryTable;
import parksim.observe.TimeseriesTable;
import parksim.results.CsvOutput;
import parksim.results.Progress;
import parksim.results.Shard;

/**
 * Runs the variants × replicates of an experiment on a pool of threads. Results are written in the
 * plan's order whatever order the runs finish in, so the files are the same with any number of
 * threads; at most a window of a few runs per thread is held in memory, so memory stays bounded.
 * A run that throws is recorded as failed; the others go on.
 */
public final class Sweep {
    /** Runs one simulation, streaming its park-months to {@code rows}. */
    @FunctionalInterface
    public interface Executor {
        RunResult run(RunSpec spec, SummaryTable summary, Consumer<ParkMonth> rows);
    }

    public static final Executor SIMULATION = (spec, summary, rows) -> SimulationRunner.run(spec, summary, rows, null);

    /**
     * What a sweep invocation did: {@code ran} counts runs written to the folder in this session.
     *
     * @param stoppedBy why the sweep stopped before its end (a run ran out of memory), or null
     */
    public record Outcome(int planned, int alreadyDone, int ran, int failed, long firmMonths, long wallMillis, String stoppedBy) {
        public boolean complete() { return stoppedBy == null && alreadyDone + ran == planned; }
    }

    /** Runs in flight (running or finished but not yet written) per thread: bounds memory, keeps every thread busy. */
    private static final int WINDOW_PER_THREAD = 4;
    /** Finished runs appended to the files in one write each, when that many are ready. */
    private static final int BATCH = 64;

    private Sweep() {}

    /**
     * The calling thread plans, hands runs to the pool and writes their results in plan order, so the
     * pool's threads only simulate: writing and checkpoints are off the runs' critical path.
     */
    public static Outcome run(Experiment experiment, Shard shard, SweepFolder folder, int threads, Progress progress, Executor executor) {
        long t0 = System.nanoTime();
        List<Experiment.PlannedRun> planned = experiment.plan().stream().filter(r -> shard.includes(r.index())).toList();
        Map<String, Long> done = folder.done();
        List<Experiment.PlannedRun> todo = planned.stream().filter(r -> !done.containsKey(r.runId())).toList();
        SummaryTable summary = new SummaryTable(experiment.variants().get(0).scenario());
        RunsTable runsTable = new RunsTable(experiment);
        Writer writer = new Writer(folder, progress, done.size(), countFailed(folder));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parksim-sweep");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Finished>> inFlight = new ArrayDeque<>();
        int window = threads * WINDOW_PER_THREAD;
        try {
            int next = 0;
            while (writer.stoppedBy == null && (next < todo.size() || !inFlight.isEmpty())) {
                while (next < todo.size() && inFlight.size() < window) {
                    Experiment.PlannedRun run = todo.get(next++);
                    inFlight.add(pool.submit(() -> execute(run, summary, runsTable, executor, experiment.recording(),
                            experiment.spec().firms())));
                }
                writer.take(await(inFlight.poll()));
                // Write what is ready now in one go; wait for a run only when nothing finished is waiting.
                while (!inFlight.isEmpty() && inFlight.peek().isDone() && writer.batched() < BATCH) writer.take(await(inFlight.poll()));
                writer.flush();
            }
            pool.shutdown(); // after a stop, let the runs in flight end before the folder is closed
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        folder.checkpoint();
        return new Outcome(planned.size(), done.size(), writer.written - done.size(), writer.failed - writer.alreadyFailed,
                writer.firmMonths, (System.nanoTime() - t0) / 1_000_000, writer.stoppedBy);
    }

    private static Finished await(Future<Finished> run) {
        try {
            return run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) { // an Error outside the run itself
            throw new IllegalStateException("a sweep thread failed: " + e.getCause(), e.getCause());
        }
    }

    private static int countFailed(SweepFolder folder) {
        try (var lines = java.nio.file.Files.lines(folder.dir().resolve(SweepFolder.RUNS))) {
            return (int) lines.skip(1).filter(l -> l.contains(",failed,")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A finished run as the text it adds to each file; {@code outOfMemory} names a run that must stop the sweep instead. */
    private record Finished(String timeseries, String summary, String firms, String runsRow, boolean failed, long firmMonths,
                            String outOfMemory) {}

    private static Finished execute(Experiment.PlannedRun run, SummaryTable summary, RunsTable runsTable, Executor executor,
                                    Recording recording, boolean firms) {
        long t0 = System.nanoTime();
        RunSpec spec = run.spec();
        int months = spec.scenario().months();
        RunIdentity id = spec.identity();
        CalendarMonth start = spec.scenario().start();
        StringWriter timeseries = new StringWriter();
        try (CSVPrinter ts = new CSVPrinter(timeseries, CsvOutput.FORMAT)) {
            RunResult result = executor.run(spec, summary, row -> {
                // Only the months kept are formatted: a year-end sweep writes one month in twelve.
                if (recording.keeps(start.monthsUntil(row.date()), row.date().month(), months)) {
                    print(ts, TimeseriesTable.row(id, row));
                }
            });
            StringBuilder summaryRows = new StringBuilder();
            for (List<String> r : result.summaryRows()) summaryRows.append(CsvOutput.line(r));
            StringBuilder firmRows = new StringBuilder();
            if (firms) result.firms().each(r -> firmRows.append(CsvOutput.line(r)));
            long wall = (System.nanoTime() - t0) / 1_000_000;
            ts.flush();
            return new Finished(timeseries.toString(), summaryRows.toString(), firmRows.toString(),
                    CsvOutput.line(runsTable.row(run, result, null, wall)),
                    false, result.firmMonths(), null);
        } catch (OutOfMemoryError e) {
            return new Finished("", "", "", "", false, 0, run.runId());
        } catch (Exception | Error e) { // StackOverflowError, AssertionError ...: the run failed, the others go on
            long wall = (System.nanoTime() - t0) / 1_000_000;
            String message = (e.getClass().getSimpleName() + ": " + e.getMessage()).replaceAll("[\\r\\n]+", " ");
            return new Finished("", "", "", CsvOutput.line(runsTable.row(run, null, message, wall)), true, 0, null);
        }
    }

    private static void print(CSVPrinter printer, List<String> cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends finished runs, taken in plan order, to the folder in batches; stops at a run that ran out of memory. */
    private static final class Writer {
        private final SweepFolder folder;
        private final Progress progress;
        private final int alreadyFailed;
        private final StringBuilder timeseries = new StringBuilder();
        private final StringBuilder summary = new StringBuilder();
        private final StringBuilder firms = new StringBuilder();
        private final StringBuilder runs = new StringBuilder();
        private int batched;
        private int batchFailed;
        private long batchFirmMonths;
        private int written;
        private int failed;
        private long firmMonths;
        private String stoppedBy;

        Writer(SweepFolder folder, Progress progress, int alreadyDone, int alreadyFailed) {
            this.folder = folder;
            this.progress = progress;
            this.written = alreadyDone;
            this.alreadyFailed = alreadyFailed;
            this.failed = alreadyFailed;
        }

        int batched() { return batched; }

        void take(Finished f) {
            if (stoppedBy != null) return;
            if (f.outOfMemory() != null) {
                // Not the run's fault alone, and the heap may be too small for any run: stop, leaving the folder resumable.
                flush();
                stoppedBy = "run " + f.outOfMemory() + " ran out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                        + " MB of Java heap)";
                return;
            }
            timeseries.append(f.timeseries());
            summary.append(f.summary());
            firms.append(f.firms());
            runs.append(f.runsRow());
            batched++;
            if (f.failed()) batchFailed++;
            batchFirmMonths += f.firmMonths();
        }

        void flush() {
            if (batched == 0) return;
            folder.append(timeseries.toString(), summary.toString(), firms.toString(), runs.toString(), batched);
            written += batched;
            failed += batchFailed;
            firmMonths += batchFirmMonths;
            for (StringBuilder b : new StringBuilder[] {timeseries, summary, firms, runs}) b.setLength(0);
            batched = 0;
            batchFailed = 0;
            batchFirmMonths = 0;
            if (progress != null) progress.stepTo(written, "failed: " + failed);
        }
    }
}
