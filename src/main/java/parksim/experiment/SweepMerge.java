package parksim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import parksim.core.InputException;
import parksim.report.CsvOutput;
import parksim.report.ResultDirectory;
import parksim.scenario.StrictJson;

/**
 * Joins the folders of a sharded sweep into one, in the order an unsharded sweep writes: run by run
 * in plan order (replicate by replicate, each with every variant). Files are streamed, never held whole.
 */
public final class SweepMerge {
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();

    /** What the merge found. */
    public record Result(int runs, int planned, int failed) {
        public boolean complete() { return runs == planned; }
    }

    private SweepMerge() {}

    public static Result merge(List<Path> dirs, Path out) {
        List<JsonNode> metas = new ArrayList<>();
        for (Path d : dirs) {
            Path meta = d.resolve(SweepFolder.EXPERIMENT);
            if (!Files.exists(meta)) throw new InputException(d.toString(), "is not a sweep folder (no " + SweepFolder.EXPERIMENT + ")");
            metas.add(StrictJson.readTree(meta));
        }
        JsonNode first = metas.get(0);
        for (int i = 1; i < metas.size(); i++) {
            if (!metas.get(i).path("fingerprint").asText().equals(first.path("fingerprint").asText())) {
                throw new InputException(dirs.get(i).resolve(SweepFolder.EXPERIMENT).toString(), "fingerprint",
                        "the experiment of " + dirs.get(0) + " (" + first.path("fingerprint").asText() + ")",
                        "another experiment (" + metas.get(i).path("fingerprint").asText() + ")");
            }
        }
        Map<String, Integer> variantIndex = new HashMap<>();
        for (JsonNode v : first.path("variants")) variantIndex.put(v.path("name").asText(), variantIndex.size());
        int planned = variantIndex.size() * first.path("replications").asInt();

        try (ResultDirectory target = ResultDirectory.create(out)) {
            int[] counts = mergeFile(dirs, SweepFolder.RUNS, target.file(SweepFolder.RUNS), variantIndex, true);
            mergeFile(dirs, SweepFolder.SUMMARY, target.file(SweepFolder.SUMMARY), variantIndex, false);
            mergeFile(dirs, SweepFolder.TIMESERIES, target.file(SweepFolder.TIMESERIES), variantIndex, false);
            if (Files.exists(dirs.get(0).resolve(SweepFolder.FIRMS))) {
                mergeFile(dirs, SweepFolder.FIRMS, target.file(SweepFolder.FIRMS), variantIndex, false);
            }
            ObjectNode meta = first.deepCopy();
            meta.put("shard", "merged from " + dirs.size() + " folder(s)");
            meta.put("complete", counts[0] == planned);
            meta.put("runs_planned", planned);
            meta.put("failed_runs", counts[1]);
            meta.remove("this_session_started");
            StrictJson.mapper().writeValue(target.file(SweepFolder.EXPERIMENT).toFile(), meta);
            target.commit();
            return new Result(counts[0], planned, counts[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** K-way merge of one file across the folders; returns {runs, failed runs} (counted in runs.csv only). */
    private static int[] mergeFile(List<Path> dirs, String name, Path out, Map<String, Integer> variantIndex, boolean isRuns)
            throws IOException {
        List<Cursor> cursors = new ArrayList<>();
        List<String> header = null;
        try {
            for (Path d : dirs) {
                Path f = d.resolve(name);
                Cursor c = new Cursor(f, variantIndex);
                if (header == null) header = c.header;
                else if (!header.equals(c.header)) throw new InputException(f.toString(), "line 1", "the header of " + dirs.get(0).resolve(name), "another header");
                cursors.add(c);
            }
            PriorityQueue<Cursor> queue = new PriorityQueue<>((a, b) -> Integer.compare(a.runIndex, b.runIndex));
            for (Cursor c : cursors) if (c.current != null) queue.add(c);
            Set<Integer> seen = new HashSet<>();
            int runs = 0, failed = 0;
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8); CSVPrinter printer = new CSVPrinter(w, CsvOutput.FORMAT)) {
                printer.printRecord(header);
                while (!queue.isEmpty()) {
                    Cursor c = queue.poll();
                    int run = c.runIndex;
                    if (!seen.add(run)) {
                        throw new InputException(c.file.toString(), "line " + c.current.getRecordNumber(),
                                "each run in one folder only", "run " + c.current.get(0) + " again");
                    }
                    while (c.current != null && c.runIndex == run) {
                        if (isRuns) {
                            runs++;
                            if ("failed".equals(c.current.get("status"))) failed++;
                        }
                        printer.printRecord(c.current);
                        c.advance();
                    }
                    if (c.current != null) queue.add(c);
                }
            }
            return new int[] {runs, failed};
        } finally {
            for (Cursor c : cursors) c.close();
        }
    }

    /** Reads one shard file run by run, checking that runs come in plan order. */
    private static final class Cursor {
        final Path file;
        final List<String> header;
        private final Reader reader;
        private final CSVParser parser;
        private final Iterator<CSVRecord> rows;
        private final Map<String, Integer> variantIndex;
        CSVRecord current;
        int runIndex = -1;

        Cursor(Path file, Map<String, Integer> variantIndex) throws IOException {
            this.file = file;
            this.variantIndex = variantIndex;
            if (!Files.exists(file)) throw new InputException(file.toString(), "is missing");
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            parser = CSVParser.parse(reader, READ);
            header = parser.getHeaderNames();
            rows = parser.iterator();
            advance();
        }

        void advance() {
            if (!rows.hasNext()) {
                current = null;
                return;
            }
            current = rows.next();
            Integer v = variantIndex.get(current.get("variant"));
            if (v == null) {
                throw new InputException(file.toString(), "line " + parser.getCurrentLineNumber(), "a variant of the experiment", "\"" + current.get("variant") + "\"");
            }
            int index = Integer.parseInt(current.get("replicate")) * variantIndex.size() + v;
            if (index < runIndex) {
                throw new InputException(file.toString(), "line " + parser.getCurrentLineNumber(), "runs in plan order", "run " + current.get(0) + " out of order");
            }
            runIndex = index;
        }

        void close() {
            try {
                parser.close();
                reader.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
    }
}
