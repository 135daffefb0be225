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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import parksim.core.InputException;
import parksim.observe.FirmTable;
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
    public static final String FIRMS = "firms.csv";

    private final Path dir;
    private final Experiment experiment;
    private final Shard shard;
    private final Map<String, Long> done;
    private final Instant started = Instant.now();
    private FileChannel timeseries;
    private FileChannel summary;
    private FileChannel runs;
    private FileChannel firms;

    private SweepFolder(Path dir, Experiment experiment, Shard shard, Map<String, Long> done) {
        this.dir = dir;
        this.experiment = experiment;
        this.shard = shard;
        this.done = done;
    }

    /** Opens {@code dir} for the experiment: creates it, or resumes it if it holds the same experiment and shard. */
    public static SweepFolder open(Path dir, Experiment e, Shard shard, List<String> runsHeader, List<String> summaryHeader,
                                   List<String> timeseriesHeader) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put(RUNS, runsHeader);
        headers.put(SUMMARY, summaryHeader);
        headers.put(TIMESERIES, timeseriesHeader);
        if (e.spec().firms()) headers.put(FIRMS, FirmTable.HEADER);
        try {
            Path meta = dir.resolve(EXPERIMENT);
            SweepFolder folder;
            if (Files.exists(meta)) {
                checkSameExperiment(meta, e, shard);
                for (String f : headers.keySet()) cutTornLine(dir.resolve(f));
                checkHeaders(dir, headers);
                Map<String, Long> done = readDone(dir.resolve(RUNS), e);
                for (String f : headers.keySet()) if (!f.equals(RUNS)) dropRowsOfUnfinishedRuns(dir.resolve(f), done.keySet());
                folder = new SweepFolder(dir, e, shard, done);
            } else {
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> s = Files.list(dir)) {
                        if (s.findAny().isPresent()) {
                            throw new InputException(dir.toString(), "holds files but no " + EXPERIMENT + ": choose an empty or new folder with --out");
                        }
                    }
                }
                Files.createDirectories(dir);
                for (Map.Entry<String, List<String>> h : headers.entrySet()) {
                    Files.writeString(dir.resolve(h.getKey()), CsvOutput.line(h.getValue()), StandardCharsets.UTF_8);
                }
                folder = new SweepFolder(dir, e, shard, new LinkedHashMap<>());
            }
            folder.writeMeta(false, 0);
            folder.timeseries = FileChannel.open(dir.resolve(TIMESERIES), StandardOpenOption.APPEND);
            folder.summary = FileChannel.open(dir.resolve(SUMMARY), StandardOpenOption.APPEND);
            folder.runs = FileChannel.open(dir.resolve(RUNS), StandardOpenOption.APPEND);
            if (headers.containsKey(FIRMS)) folder.firms = FileChannel.open(dir.resolve(FIRMS), StandardOpenOption.APPEND);
            return folder;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot open sweep folder " + dir, ex);
        }
    }

    /** Run id → seed of the runs already finished (ok or failed) in this folder. */
    public Map<String, Long> done() { return Map.copyOf(done); }

    public Path dir() { return dir; }

    /** Appends one finished run: its time series, summary and firm rows first, its runs.csv row last. */
    void append(String timeseriesRows, String summaryRows, String firmRows, String runsRow) {
        write(timeseries, timeseriesRows);
        write(summary, summaryRows);
        if (firms != null) write(firms, firmRows);
        write(runs, runsRow);
    }

    /** Records in experiment.json whether every run of this folder's shard has finished. */
    public void finish(boolean complete, int failed) {
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

    private static Map<String, Long> readDone(Path runsFile, Experiment e) throws IOException {
        Map<String, Long> expected = new LinkedHashMap<>();
        for (Experiment.PlannedRun r : e.plan()) expected.put(r.runId(), r.seed());
        Map<String, Long> done = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(runsFile, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            for (CSVRecord row : parser) {
                String id = row.get("run_id");
                long seed = Long.parseLong(row.get("seed"));
                Long want = expected.get(id);
                if (want == null || want != seed) {
                    throw new InputException(runsFile.toString(), "line " + parser.getCurrentLineNumber(),
                            want == null ? "a run of this experiment" : "seed " + want + " for run " + id,
                            want == null ? "run " + id : "seed " + seed);
                }
                done.put(id, seed);
            }
        }
        return done;
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
        for (FileChannel c : new FileChannel[] {timeseries, summary, runs, firms}) {
            try {
                if (c != null) c.close();
            } catch (IOException ignored) {
                // closing an append channel after its data was written loses nothing
            }
        }
    }
}
