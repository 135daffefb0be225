package parksim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import parksim.core.InputException;
import parksim.core.Version;
import parksim.report.CsvOutput;
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
    public static final String RUNS = "runs.csv";
    public static final String TIMESERIES = "timeseries.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String EXPERIMENT = "experiment.json";
    /** How often finished runs are made durable: an fsync per run would slow short runs down. */
    private static final long CHECKPOINT_NANOS = 1_000_000_000L;

    private final Path dir;
    private final Experiment experiment;
    private final Shard shard;
    private final Map<String, Long> done;
    private final Instant started = Instant.now();
    private FileChannel timeseries;
    private FileChannel summary;
    private FileChannel runs;
    private final FolderLock lock;
    private final StringBuilder pendingRuns = new StringBuilder();
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
        try {
            // Checked before the lock file is made, too, so that a folder of other files is left as it was.
            if (Files.isDirectory(dir) && !Files.exists(dir.resolve(EXPERIMENT))) checkFreshOrLeftOver(dir, headers.keySet());
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + dir, ex);
        }
        FolderLock lock = FolderLock.acquire(dir, "sweep " + e.file().getFileName());
        try {
            Path meta = dir.resolve(EXPERIMENT);
            SweepFolder folder;
            if (Files.exists(meta)) {
                checkSameExperiment(meta, e, shard);
                for (String f : headers.keySet()) cutTornLine(dir.resolve(f));
                checkHeaders(dir, headers);
                Done done = readDone(dir.resolve(RUNS), e);
                dropRunsWithoutRows(dir, done);
                for (String f : List.of(SUMMARY, TIMESERIES)) dropRowsOfUnfinishedRuns(dir.resolve(f), done.seeds().keySet());
                folder = new SweepFolder(dir, e, shard, done.seeds(), lock);
            } else {
                checkFreshOrLeftOver(dir, headers.keySet());
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
            return folder;
        } catch (IOException ex) {
            lock.close();
            throw new UncheckedIOException("cannot open sweep folder " + dir, ex);
        } catch (RuntimeException ex) {
            lock.close();
            throw ex;
        }
    }

    /**
     * A folder without experiment.json may be new, or what a sweep killed while it started left: header-only
     * CSVs, a temporary file. Anything else is someone's files, which a sweep must not touch.
     */
    private static void checkFreshOrLeftOver(Path dir, Set<String> csvs) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            boolean ours = name.equals(FolderLock.FILE) || name.equals(EXPERIMENT + ".tmp")
                    || csvs.contains(name) && Files.isRegularFile(f) && atMostOneLine(f);
            if (!ours) {
                throw new InputException(dir.toString(), "holds files but no " + EXPERIMENT + " (e.g. " + name
                        + "): choose an empty or new folder with --out");
            }
        }
    }

    private static boolean atMostOneLine(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.limit(2).count() <= 1;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** Run id → seed of the runs already finished (ok or failed) in this folder. */
    public Map<String, Long> done() { return Map.copyOf(done); }

    public Path dir() { return dir; }

    /**
     * Appends one finished run: its time series and summary rows at once, its runs.csv row at the next
     * checkpoint, after those rows are on disk. So a runs.csv row always has its rows, even after a power loss.
     */
    synchronized void append(String timeseriesRows, String summaryRows, String runsRow) {
        write(timeseries, timeseriesRows);
        write(summary, summaryRows);
        pendingRuns.append(runsRow);
        if (System.nanoTime() - lastCheckpoint > CHECKPOINT_NANOS) checkpoint();
    }

    /** Forces the rows written so far to disk, then records their runs in runs.csv and forces that too. */
    public synchronized void checkpoint() {
        lastCheckpoint = System.nanoTime();
        if (pendingRuns.isEmpty()) return;
        try {
            timeseries.force(false);
            summary.force(false);
            write(runs, pendingRuns.toString());
            runs.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + dir, e);
        }
        pendingRuns.setLength(0);
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

    private static void checkHeaders(Path dir, Map<String, List<String>> headers) throws IOException {
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            Path f = dir.resolve(h.getKey());
            if (!Files.exists(f)) throw new InputException(f.toString(), "is missing from a sweep folder that has " + EXPERIMENT);
            String first;
            try (var lines = Files.lines(f, StandardCharsets.UTF_8)) {
                first = lines.findFirst().orElse("");
            }
            if (!first.equals(CsvOutput.line(h.getValue()).stripTrailing())) {
                throw new InputException(f.toString(), "line 1", "the header this experiment writes", "another header");
            }
        }
    }

    /** A crash in the middle of a write can leave a last line without its line end: cut it. */
    public static void cutTornLine(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long length = raf.length();
            long end = length;
            while (end > 0) {
                raf.seek(end - 1);
                if (raf.read() == '\n') break;
                end--;
            }
            if (end < length) raf.setLength(end);
        }
    }

    /** The runs runs.csv lists: run id → seed, and those that finished ok (and so must have rows). */
    private record Done(Map<String, Long> seeds, Set<String> ok) {}

    private static Done readDone(Path runsFile, Experiment e) throws IOException {
        Map<String, Long> expected = new LinkedHashMap<>();
        for (Experiment.PlannedRun r : e.plan()) expected.put(r.runId(), r.seed());
        Map<String, Long> done = new LinkedHashMap<>();
        Set<String> ok = new HashSet<>();
        try (Reader in = Files.newBufferedReader(runsFile, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            for (CSVRecord row : parser) {
                String id = row.get("run_id");
                Long want = expected.get(id);
                String seed = row.isConsistent() ? row.get("seed") : "";
                if (want == null || !seed.equals(Long.toString(want))) {
                    throw new InputException(runsFile.toString(), "line " + parser.getCurrentLineNumber(),
                            want == null ? "a run of this experiment" : "seed " + want + " for run " + id,
                            want == null ? "run " + id : "seed " + seed);
                }
                if (done.put(id, want) != null) {
                    throw new InputException(runsFile.toString(), "line " + parser.getCurrentLineNumber(), "each run once", "run " + id + " again");
                }
                if ("ok".equals(row.get("status"))) ok.add(id);
            }
        }
        return new Done(done, ok);
    }

    /**
     * A run listed as ok whose rows are missing (a power loss before the rows reached the disk, with files
     * written without checkpoints) is taken off runs.csv, so that it runs again.
     */
    private static void dropRunsWithoutRows(Path dir, Done done) throws IOException {
        Set<String> lost = new HashSet<>(done.ok());
        Set<String> inSummary = runIds(dir.resolve(SUMMARY));
        Set<String> inTimeseries = runIds(dir.resolve(TIMESERIES));
        lost.removeIf(id -> inSummary.contains(id) && inTimeseries.contains(id));
        if (lost.isEmpty()) return;
        done.seeds().keySet().removeAll(lost);
        dropRowsOfUnfinishedRuns(dir.resolve(RUNS), done.seeds().keySet());
    }

    private static Set<String> runIds(Path file) throws IOException {
        Set<String> ids = new HashSet<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            for (CSVRecord row : parser) ids.add(row.get(0));
        }
        return ids;
    }

    /** Keeps only rows of finished runs, rewriting the file (through a temporary file) if anything must go. */
    private static void dropRowsOfUnfinishedRuns(Path file, Set<String> finished) throws IOException {
        boolean clean = true;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            for (CSVRecord row : parser) if (!finished.contains(row.get(0))) { clean = false; break; }
        }
        if (clean) return;
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build());
             Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CsvOutput.FORMAT)) {
            printer.printRecord(parser.getHeaderNames());
            for (CSVRecord row : parser) if (finished.contains(row.get(0))) printer.printRecord(row);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
        for (FileChannel c : new FileChannel[] {timeseries, summary, runs}) {
            try {
                if (c != null) c.close();
            } catch (IOException ignored) {
                // closing an append channel after its data was written loses nothing
            }
        }
    }
}
