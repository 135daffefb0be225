package parksim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
import org.apache.commons.csv.CSVPrinter;
import parksim.core.InputException;
import parksim.observe.RunIdentity;
import parksim.results.CsvInput;
import parksim.results.CsvOutput;
import parksim.results.ResultColumns;
import parksim.results.ResultDirectory;
import parksim.scenario.StrictJson;

/**
 * Joins the folders of a sharded sweep into one, in the order an unsharded sweep writes: run by run
 * in plan order (replicate by replicate, each with every variant). Files are streamed, never held whole.
 */
public final class SweepMerge {
    /** What the merge found. */
    public record Result(int runs, int planned, int failed) {
        public boolean complete() { return runs == planned; }
    }

    private SweepMerge() {}

    public static Result merge(List<Path> dirs, Path out) {
        return merge(dirs, out, false);
    }

    /** @param replace whether an existing {@code out} is replaced as a whole (--force) */
    public static Result merge(List<Path> dirs, Path out, boolean replace) {
        List<JsonNode> metas = new ArrayList<>();
        for (Path d : dirs) metas.add(readShardMeta(d));
        JsonNode first = metas.get(0);
        for (int i = 1; i < metas.size(); i++) {
            if (!metas.get(i).path("fingerprint").asText().equals(first.path("fingerprint").asText())) {
                throw new InputException(dirs.get(i).resolve(SweepFolder.EXPERIMENT).toString(), "fingerprint",
                        "the experiment of " + dirs.get(0) + " (" + first.path("fingerprint").asText() + ")",
                        "another experiment (" + metas.get(i).path("fingerprint").asText() + ")");
            }
        }
        Plan plan = new Plan(first);

        try (ResultDirectory target = ResultDirectory.create(out, replace)) {
            Set<String> listed = new HashSet<>();
            int[] counts = mergeFile(dirs, SweepFolder.RUNS, target.file(SweepFolder.RUNS), plan, listed);
            mergeFile(dirs, SweepFolder.SUMMARY, target.file(SweepFolder.SUMMARY), plan, listed);
            mergeFile(dirs, SweepFolder.TIMESERIES, target.file(SweepFolder.TIMESERIES), plan, listed);
            if (Files.exists(dirs.get(0).resolve(SweepFolder.FIRMS))) {
                mergeFile(dirs, SweepFolder.FIRMS, target.file(SweepFolder.FIRMS), plan, listed);
            }
            ObjectNode meta = first.deepCopy();
            meta.put("shard", "merged from " + dirs.size() + " folder(s)");
            meta.put("complete", counts[0] == plan.runs());
            meta.put("runs_planned", plan.runs());
            meta.put("failed_runs", counts[1]);
            meta.remove("this_session_started");
            StrictJson.mapper().writeValue(target.file(SweepFolder.EXPERIMENT).toFile(), meta);
            target.commit();
            return new Result(counts[0], plan.runs(), counts[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the merged files for " + out + ": " + e.getMessage(), e);
        }
    }

    /** A shard's experiment.json; a shard still running, or stopped before its end, is refused: resume it first. */
    private static JsonNode readShardMeta(Path d) {
        Path meta = d.resolve(SweepFolder.EXPERIMENT);
        if (!Files.exists(meta)) throw new InputException(d.toString(), "is not a sweep folder (no " + SweepFolder.EXPERIMENT + ")");
        JsonNode root = StrictJson.readTree(meta);
        if (!root.path("complete").asBoolean(false)) {
            throw new InputException(meta.toString(), "complete", "a sweep folder whose runs have all finished (true)",
                    root.path("complete").toString() + ": finish it first by running its sweep command again on " + d);
        }
        return root;
    }

    /** The runs an experiment.json plans: each variant's place in the plan, the replications and the seeds. */
    private record Plan(Map<String, Integer> variantIndex, int replications, long seed) {
        Plan(JsonNode meta) {
            this(variants(meta), meta.path("replications").asInt(), meta.path("seed").asLong());
        }

        private static Map<String, Integer> variants(JsonNode meta) {
            Map<String, Integer> index = new HashMap<>();
            for (JsonNode v : meta.path("variants")) index.put(v.path("name").asText(), index.size());
            return index;
        }

        int runs() { return variantIndex.size() * replications; }
    }

    /**
     * K-way merge of one file across the folders; returns {runs, failed runs} (counted in runs.csv only). Runs.csv
     * comes first and fills {@code listed}; rows of the other files whose run it does not list are left out, as
     * resuming the shard would drop them.
     */
    private static int[] mergeFile(List<Path> dirs, String name, Path out, Plan plan, Set<String> listed)
            throws IOException {
        boolean isRuns = name.equals(SweepFolder.RUNS);
        List<Cursor> cursors = new ArrayList<>();
        List<String> header = null;
        try {
            for (Path d : dirs) {
                Path f = d.resolve(name);
                Cursor c = new Cursor(f, plan, name);
                if (header == null) header = c.in.header();
                else if (!header.equals(c.in.header())) throw new InputException(f.toString(), "line 1", "the header of " + dirs.get(0).resolve(name), "another header");
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
                        throw c.current.bad(0, "each run in one folder only", "run " + c.current.raw(0) + " again");
                    }
                    Set<String> keys = new HashSet<>();
                    while (c.current != null && c.runIndex == run) {
                        String id = c.current.raw(0);
                        if (!keys.add(c.key())) throw c.current.bad(0, "one row per " + c.keyName(), "a second row for " + c.key());
                        if (isRuns) {
                            listed.add(id);
                            runs++;
                            if ("failed".equals(c.current.raw(c.status))) failed++;
                        }
                        if (isRuns || listed.contains(id)) printer.printRecord(c.current.cells());
                        c.advance();
                    }
                    if (c.current != null) queue.add(c);
                }
            }
            return new int[] {runs, failed};
        } finally {
            for (Cursor c : cursors) c.in.close();
        }
    }

    /** Reads one shard file run by run, checking every cell, each row's run against the plan, and that runs come in plan order. */
    private static final class Cursor {
        final CsvInput in;
        private final Iterator<CsvInput.Row> rows;
        private final Plan plan;
        private final int variant, replicate, seed, park, date, firm;
        final int status;
        CsvInput.Row current;
        int runIndex = -1;

        Cursor(Path file, Plan plan, String name) {
            this.plan = plan;
            in = CsvInput.open(file);
            in.checkingCells(name.equals(SweepFolder.TIMESERIES) ? ResultColumns.timeseries(in.header())
                    : name.equals(SweepFolder.FIRMS) ? ResultColumns.firms(in.header()) : ResultColumns.summaryOrRuns(in.header()));
            in.column("run_id", "which run a row belongs to");
            variant = in.column("variant", "the policy variant");
            replicate = in.column("replicate", "the replicate number");
            seed = in.column("seed", "the run's seed");
            park = in.has("park") ? in.column("park", "") : -1;
            date = in.has("date") ? in.column("date", "") : -1;
            firm = in.has("firm_id") ? in.column("firm_id", "") : -1;
            status = in.has("status") ? in.column("status", "") : -1;
            rows = in.iterator();
            advance();
        }

        String key() {
            return "run " + current.raw(0) + (park < 0 ? "" : ", park " + current.raw(park)) + (date < 0 ? "" : ", " + current.raw(date))
                    + (firm < 0 ? "" : ", firm " + current.raw(firm));
        }

        String keyName() {
            return "run" + (park < 0 ? "" : ", park") + (date < 0 ? "" : " and month") + (firm < 0 ? "" : " and firm");
        }

        void advance() {
            if (!rows.hasNext()) {
                current = null;
                return;
            }
            current = rows.next();
            Integer v = plan.variantIndex().get(current.text(variant));
            if (v == null) throw current.bad(variant, "a variant of the experiment " + plan.variantIndex().keySet(), current.found(current.raw(variant)));
            long r = current.whole(replicate);
            if (r >= plan.replications()) throw current.bad(replicate, "a replicate below " + plan.replications(), Long.toString(r));
            RunIdentity id = RunIdentity.of("", current.raw(variant), (int) r, RunSpec.seedFor(plan.seed(), (int) r));
            if (!current.raw(0).equals(id.runId())) throw current.bad(0, "run id " + id.runId() + " for its variant and replicate", current.found(current.raw(0)));
            if (current.whole(seed) != id.seed()) throw current.bad(seed, "seed " + id.seed() + " for run " + id.runId(), current.raw(seed));
            int index = (int) r * plan.variantIndex().size() + v;
            if (index < runIndex) throw current.bad(0, "runs in plan order", "run " + current.raw(0) + " out of order");
            runIndex = index;
        }
    }
}
