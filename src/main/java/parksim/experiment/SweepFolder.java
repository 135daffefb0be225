package parksim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parksim.core.InputException;
import parksim.observe.FirmTable;
import parksim.core.Version;
import parksim.results.CsvOutput;
import parksim.results.FolderLock;
import parksim.results.Shard;
import parksim.results.SweepRuns;
import parksim.scenario.StrictJson;

/**
 * A sweep's result folder, written as runs finish so that a crash loses only the runs in flight.
 *
 * <p>Each finished run is appended to {@code timeseries.csv} and {@code summary.csv}, and only then to
 * {@code runs.csv}, which is the record of finished runs. Reopening the folder repairs what a crash can
 * leave — a torn last line, rows of a run that never reached {@code runs.csv} — so a resumed sweep adds no
 * duplicate rows. {@code experiment.json} says which experiment the folder belongs to and whether it is complete.
 */
public final class SweepFolder implements AutoCloseable {
    public static final String RUNS = SweepRuns.FILE;
    public static final String TIMESERIES = "timeseries.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String EXPERIMENT = "experiment.json";
    /** Written only when the experiment asks for it ({@code "firms": true}). */
    public static final String FIRMS = "firms.csv";
    /** How often finished runs are made durable (each second, or each 100 runs): an fsync per run would slow short runs down. */
    private static final long CHECKPOINT_NANOS = 1_000_000_000L;
    private static final int CHECKPOINT_RUNS = 100;

    private final Path dir;
    private final Experiment experiment;
    private final Shard shard;
    private final Map<String, Long> done;
    private final Instant started = Instant.now();
    private FileChannel timeseries;
    private FileChannel summary;
    private FileChannel runs;
    private FileChannel firms;
    private final FolderLock lock;
    private final StringBuilder pendingRuns = new StringBuilder();
    private int pendingCount;
    private long lastCheckpoint = System.nanoTime();

    private SweepFolder(Path dir, Experiment experiment, Shard shard, Map<String, Long> done, FolderLock lock) {
        this.dir = dir;
        this.experiment = experiment;
        this.shard = shard;
        this.done = done;
        this.lock = lock;
    }

    /**
     * Opens {@code dir} for the experiment: creates it, or resumes it if it holds the same experiment and shard.
     * Refused while another process writes there.
     */
    public static SweepFolder open(Path dir, Experiment e, Shard shard, List<String> runsHeader, List<String> summaryHeader,
                                   List<String> timeseriesHeader) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put(RUNS, runsHeader);
        headers.put(SUMMARY, summaryHeader);
        headers.put(TIMESERIES, timeseriesHeader);
        if (e.spec().firms()) headers.put(FIRMS, FirmTable.HEADER);
        try {
            // Checked before the lock file is made, too, so that a folder of other files is left as it was.
            if (Files.isDirectory(dir) && !Files.exists(dir.resolve(EXPERIMENT))) SweepRepair.checkFreshOrLeftOver(dir, headers.keySet());
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + dir, ex);
        }
        FolderLock lock = FolderLock.acquire(dir, "sweep " + e.file().getFileName());
        try {
            Path meta = dir.resolve(EXPERIMENT);
            SweepFolder folder;
            if (Files.exists(meta)) {
                checkSameExperiment(meta, e, shard);
                folder = new SweepFolder(dir, e, shard, SweepRepair.repair(dir, e, headers), lock);
            } else {
                SweepRepair.checkFreshOrLeftOver(dir, headers.keySet());
                // The headers first and experiment.json last: a folder without experiment.json never holds a finished run.
                for (Map.Entry<String, List<String>> h : headers.entrySet()) {
                    Files.writeString(dir.resolve(h.getKey()), CsvOutput.line(h.getValue()), StandardCharsets.UTF_8);
                }
                folder = new SweepFolder(dir, e, shard, new LinkedHashMap<>(), lock);
            }
            folder.writeMeta(false, 0);
            folder.timeseries = FileChannel.open(dir.resolve(TIMESERIES), StandardOpenOption.APPEND);
            folder.summary = FileChannel.open(dir.resolve(SUMMARY), StandardOpenOption.APPEND);
            folder.runs = FileChannel.open(dir.resolve(RUNS), StandardOpenOption.APPEND);
            if (headers.containsKey(FIRMS)) folder.firms = FileChannel.open(dir.resolve(FIRMS), StandardOpenOption.APPEND);
            return folder;
        } catch (IOException ex) {
            lock.close();
            throw new UncheckedIOException("cannot open sweep folder " + dir, ex);
        } catch (RuntimeException ex) {
            lock.close();
            throw ex;
        }
    }

    /** Whether {@code dir} already holds every run of {@code e} (e.g. merged from shards): its experiment.json says complete, for this experiment. */
    public static boolean isComplete(Path dir, Experiment e) {
        Path meta = dir.resolve(EXPERIMENT);
        if (!Files.exists(meta)) return false;
        JsonNode root = StrictJson.readTree(meta);
        return root.path("complete").asBoolean(false) && root.path("fingerprint").asText().equals(e.fingerprint());
    }

    /** Run id → seed of the runs already finished (ok or failed) in this folder. */
    public Map<String, Long> done() { return Map.copyOf(done); }

    public Path dir() { return dir; }

    /**
     * Appends finished runs ({@code count} of them, in order): their time series and summary rows at once, their
     * runs.csv rows at the next checkpoint, after those rows are on disk. So a runs.csv row always has its rows,
     * even after a power loss.
     */
    synchronized void append(String timeseriesRows, String summaryRows, String firmRows, String runsRows, int count) {
        write(timeseries, timeseriesRows);
        write(summary, summaryRows);
        if (firms != null) write(firms, firmRows);
        pendingRuns.append(runsRows);
        pendingCount += count;
        if (pendingCount >= CHECKPOINT_RUNS || System.nanoTime() - lastCheckpoint > CHECKPOINT_NANOS) checkpoint();
    }

    /** Forces the rows written so far to disk, then records their runs in runs.csv and forces that too. */
    public synchronized void checkpoint() {
        lastCheckpoint = System.nanoTime();
        if (pendingRuns.isEmpty()) return;
        try {
            timeseries.force(false);
            summary.force(false);
            if (firms != null) firms.force(false);
            write(runs, pendingRuns.toString());
            runs.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + dir, e);
        }
        pendingRuns.setLength(0);
        pendingCount = 0;
    }

    /** Records in experiment.json whether every run of this folder's shard has finished. */
    public void finish(boolean complete, int failed) {
        checkpoint();
        writeMeta(complete, failed);
    }

    private static void write(FileChannel channel, String text) {
        if (text.isEmpty()) return;
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        try {
            while (buffer.hasRemaining()) channel.write(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeMeta(boolean complete, int failed) {
        ObjectNode root = StrictJson.mapper().createObjectNode();
        root.put("program", "parksim");
        root.put("version", Version.get());
        root.put("fingerprint", experiment.fingerprint());
        root.put("experiment_file", experiment.file().toString());
        root.put("scenario_file", experiment.base().file().toString());
        root.put("shard", shard.toString());
        root.put("complete", complete);
        root.put("runs_planned", (int) experiment.plan().stream().filter(r -> shard.includes(r.index())).count());
        root.put("failed_runs", failed);
        root.put("updated", Instant.now().toString());
        root.put("this_session_started", started.toString());
        root.put("replications", experiment.replications());
        root.put("seed", experiment.seed());
        root.set("recording", StrictJson.mapper().valueToTree(experiment.recording()));
        var variants = root.putArray("variants");
        for (Variant v : experiment.variants()) {
            ObjectNode node = variants.addObject();
            node.put("name", v.name());
            node.put("description", v.description());
            node.set("factors", StrictJson.mapper().valueToTree(v.factorValues()));
        }
        root.set("spec", StrictJson.mapper().valueToTree(experiment.spec()));
        root.set("scenario", StrictJson.mapper().valueToTree(experiment.base().scenario()));
        try {
            Path tmp = dir.resolve(EXPERIMENT + ".tmp");
            StrictJson.mapper().writeValue(tmp.toFile(), root);
            Files.move(tmp, dir.resolve(EXPERIMENT), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkSameExperiment(Path meta, Experiment e, Shard shard) throws IOException {
        JsonNode root = StrictJson.readTree(meta);
        String fingerprint = root.path("fingerprint").asText();
        if (!fingerprint.equals(e.fingerprint())) {
            throw new InputException(meta.toString(), "fingerprint", "results of experiment " + e.file() + " (fingerprint " + e.fingerprint()
                    + ") to resume", "results of a different experiment, " + root.path("experiment_file").asText() + " (fingerprint " + fingerprint
                    + "); use another --out folder");
        }
        if (!root.path("shard").asText().equals(shard.toString())) {
            throw new InputException(meta.toString(), "shard", "shard " + shard + " to resume", "shard " + root.path("shard").asText());
        }
    }

    @Override
    public void close() {
        try {
            if (runs != null) checkpoint();
        } finally {
            closeChannels();
            lock.close();
        }
    }

    private void closeChannels() {
        for (FileChannel c : new FileChannel[] {timeseries, summary, runs, firms}) {
            try {
                if (c != null) c.close();
            } catch (IOException ignored) {
                // closing an append channel after its data was written loses nothing
            }
        }
    }
}
