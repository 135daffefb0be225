package parksim.experiment;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVPrinter;
import parksim.observe.ParkMonth;
import parksim.observe.SummaryTable;
import parksim.observe.TimeseriesTable;
import parksim.report.CsvOutput;
import parksim.report.Progress;

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

    private static final int WINDOW_PER_THREAD = 4;

    private Sweep() {}

    public static Outcome run(Experiment experiment, Shard shard, SweepFolder folder, int threads, Progress progress, Executor executor) {
        long t0 = System.nanoTime();
        List<Experiment.PlannedRun> planned = experiment.plan().stream().filter(r -> shard.includes(r.index())).toList();
        Map<String, Long> done = folder.done();
        List<Experiment.PlannedRun> todo = planned.stream().filter(r -> !done.containsKey(r.runId())).toList();
        int alreadyFailed = countFailed(folder);
        SummaryTable summary = new SummaryTable(experiment.variants().get(0).scenario());
        RunsTable runsTable = new RunsTable(experiment);
        OrderedWriter writer = new OrderedWriter(folder, progress, done.size(), planned.size(), threads * WINDOW_PER_THREAD, alreadyFailed);

        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parksim-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int seq = 0; seq < todo.size() && !writer.stopped(); seq++) {
                writer.awaitRoom();
                Experiment.PlannedRun run = todo.get(seq);
                int position = seq;
                pool.execute(() -> {
                    try {
                        writer.finished(position, execute(run, summary, runsTable, executor, experiment.recording(),
                                experiment.spec().firms()));
                    } catch (Throwable t) { // an Error outside the run itself must not leave the writer waiting forever
                        writer.crashed(t);
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                writer.rethrow();
            }
            writer.rethrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        folder.checkpoint();
        return new Outcome(planned.size(), done.size(), writer.written - done.size(), writer.failed - alreadyFailed, writer.firmMonths,
                (System.nanoTime() - t0) / 1_000_000, writer.stoppedBy);
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
        StringWriter timeseries = new StringWriter();
        try (CSVPrinter ts = new CSVPrinter(timeseries, CsvOutput.FORMAT)) {
            RunResult result = executor.run(spec, summary, row -> {
                if (recording.keeps(spec.scenario().start().monthsUntil(row.date()), row.date().month(), months)) {
                    print(ts, TimeseriesTable.row(spec.identity(), row));
                }
            });
            StringBuilder summaryRows = new StringBuilder();
            for (List<String> r : result.summaryRows()) summaryRows.append(CsvOutput.line(r));
            StringBuilder firmRows = new StringBuilder();
            if (firms) for (List<String> r : result.firmRows()) firmRows.append(CsvOutput.line(r));
            long wall = (System.nanoTime() - t0) / 1_000_000;
            ts.flush();
            return new Finished(timeseries.toString(), summaryRows.toString(), firmRows.toString(),
                    CsvOutput.line(runsTable.row(run, result, null, wall)),
                    false, result.firmMonths(), null);
        } catch (OutOfMemoryError e) {
            // Not the run's fault alone, and the heap may be too small for any run: stop, leaving the folder resumable.
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

    /** Writes finished runs in plan order, holding back those that finish early, within a bounded window. */
    private static final class OrderedWriter {
        private final SweepFolder folder;
        private final Progress progress;
        private final Semaphore room;
        private final Map<Integer, Finished> waiting = new HashMap<>();
        private final int total;
        private int next;
        private int written;
        private int failed;
        private long firmMonths;
        private RuntimeException error;
        private volatile String stoppedBy;

        OrderedWriter(SweepFolder folder, Progress progress, int alreadyDone, int total, int window, int alreadyFailed) {
            this.folder = folder;
            this.progress = progress;
            this.room = new Semaphore(window);
            this.written = alreadyDone;
            this.total = total;
            this.failed = alreadyFailed;
        }

        void awaitRoom() throws InterruptedException {
            rethrow();
            room.acquire();
        }

        synchronized void finished(int position, Finished f) {
            if (stoppedBy != null) return;
            waiting.put(position, f);
            try {
                while (stoppedBy == null && waiting.containsKey(next)) {
                    Finished w = waiting.remove(next++);
                    if (w.outOfMemory() != null) {
                        waiting.clear();
                        stoppedBy = "run " + w.outOfMemory() + " ran out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                                + " MB of Java heap)";
                        room.release(Integer.MAX_VALUE / 2);
                        return;
                    }
                    folder.append(w.timeseries(), w.summary(), w.firms(), w.runsRow());
                    written++;
                    if (w.failed()) failed++;
                    firmMonths += w.firmMonths();
                    room.release();
                    if (progress != null) progress.stepTo(written, "failed: " + failed);
                }
            } catch (RuntimeException e) {
                error = e;
                room.release(Integer.MAX_VALUE / 2);
            }
        }

        synchronized void crashed(Throwable t) {
            if (error == null) error = new IllegalStateException("a sweep thread failed: " + t, t);
            room.release(Integer.MAX_VALUE / 2);
        }

        boolean stopped() { return stoppedBy != null; }

        synchronized void rethrow() {
            if (error != null) throw error;
        }
    }
}
