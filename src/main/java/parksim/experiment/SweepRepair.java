package parksim.experiment;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
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
import parksim.results.CsvOutput;
import parksim.results.FolderLock;

/**
 * Brings a sweep folder that a crash left behind back to a consistent state before it is resumed: a torn
 * last line cut, runs.csv checked against the plan, runs listed without their rows taken off the list, rows
 * of runs that never reached runs.csv dropped. Also tells a folder a sweep killed at its start left (headers
 * only) from a folder of other files.
 */
public final class SweepRepair {
    private static final String RUNS = SweepFolder.RUNS;
    private static final String SUMMARY = SweepFolder.SUMMARY;
    private static final String TIMESERIES = SweepFolder.TIMESERIES;
    private static final String EXPERIMENT = SweepFolder.EXPERIMENT;

    private SweepRepair() {}

    /** Repairs the folder of an experiment's sweep; returns run id → seed of the runs finished in it. */
    static Map<String, Long> repair(Path dir, Experiment e, Map<String, List<String>> headers) throws IOException {
        for (String f : headers.keySet()) cutTornLine(dir.resolve(f));
        checkHeaders(dir, headers);
        Done done = readDone(dir.resolve(RUNS), e);
        dropRunsWithoutRows(dir, done);
        for (String f : headers.keySet()) if (!f.equals(RUNS)) dropRowsOfUnfinishedRuns(dir.resolve(f), done.seeds().keySet());
        return done.seeds();
    }

    /**
     * A folder without experiment.json may be new, or what a sweep killed while it started left: header-only
     * CSVs, a temporary file. Anything else is someone's files, which a sweep must not touch.
     */
    static void checkFreshOrLeftOver(Path dir, Set<String> csvs) throws IOException {
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
}
