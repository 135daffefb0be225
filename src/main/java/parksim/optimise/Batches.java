package parksim.optimise;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import parksim.core.InputException;
import parksim.experiment.Experiment;
import parksim.experiment.ExperimentSpec;
import parksim.experiment.Fingerprint;
import parksim.experiment.ReplicateDraws;
import parksim.experiment.RunsTable;
import parksim.experiment.Sweep;
import parksim.experiment.SweepFolder;
import parksim.experiment.Variant;
import parksim.experiment.VariantSpec;
import parksim.observe.SummaryTable;
import parksim.observe.TimeseriesTable;
import parksim.results.CsvInput;
import parksim.results.Shard;
import parksim.results.SweepRuns;
import parksim.scenario.StrictJson;
import parksim.sensitivity.study.OutputSpec;

/**
 * Evaluates batches of candidates as sweeps: each batch is an experiment (one variant per candidate, every variant on the
 * same seeds) run into its own sweep folder under {@code batches/}, so it is parallel, resumable after a kill (the sweep
 * folder repairs and resumes) and held by one writer (the folder lock). A batch whose folder is complete is read, not run.
 *
 * <p>Sharded ({@code --shard K/N}), each process runs slice K of every batch into {@code batches/NAME-shard-K-of-N} and
 * waits for the other slices' folders to complete before it reads them all: N processes of a job array started on the
 * same folder advance together, batch by batch, each writing only its own folders.
 */
public final class Batches {
    public static final String FOLDER = "batches";
    private static final long POLL_MILLIS = 500;

    private final Path dir;
    private final OptimiseProblem problem;
    private final Shard shard;
    private final int threads;
    private final Sweep.Executor executor;
    private final PrintWriter log;
    private int ran;

    public Batches(Path dir, OptimiseProblem problem, Shard shard, int threads, Sweep.Executor executor, PrintWriter log) {
        this.dir = dir;
        this.problem = problem;
        this.shard = shard;
        this.threads = threads;
        this.executor = executor;
        this.log = log;
    }

    /** Runs simulated in this session (not read back from finished folders). */
    public int ran() { return ran; }

    /** The outputs of each run: {@code [output][variant][replicate]}, replicate r on seed {@code seed + r}. */
    public double[][][] run(String name, List<Variant> variants, long seed, int replications) {
        Experiment e = experiment(name, variants, seed, replications);
        if (shard.isAll()) {
            Path folder = dir.resolve(FOLDER).resolve(name);
            runSlice(e, Shard.ALL, folder);
            return read(List.of(folder), e);
        }
        List<Path> slices = new ArrayList<>();
        for (int k = 1; k <= shard.n(); k++) slices.add(dir.resolve(FOLDER).resolve(name + "-shard-" + k + "-of-" + shard.n()));
        runSlice(e, shard, slices.get(shard.k() - 1));
        awaitSlices(slices, e);
        return read(slices, e);
    }

    private Experiment experiment(String name, List<Variant> variants, long seed, int replications) {
        List<VariantSpec> specs = variants.stream().map(v -> new VariantSpec(v.name(), null, Map.of())).toList();
        ExperimentSpec spec = new ExperimentSpec(problem.spec().name() + "-" + name, problem.spec().description(), problem.spec().scenario(),
                replications, seed, null, problem.recording(), specs, null);
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.put("problem", problem.fingerprint());
        content.put("batch", name);
        content.put("seed", seed);
        content.put("replications", replications);
        var vs = content.putArray("variants");
        for (Variant v : variants) vs.addObject().put("name", v.name()).set("set", StrictJson.mapper().valueToTree(v.factorValues()));
        List<String> paths = variants.get(0).factorValues().keySet().stream().toList();
        Experiment e = new Experiment(problem.file(), spec, problem.base(), List.copyOf(variants), paths, Fingerprint.of(content));
        return problem.draws() == ReplicateDraws.NONE ? e : e.withDraws(problem.draws());
    }

    private void runSlice(Experiment e, Shard slice, Path folder) {
        if (SweepFolder.isComplete(folder, e)) return;
        try (SweepFolder f = SweepFolder.open(folder, e, slice, new RunsTable(e).header(),
                new SummaryTable(e.variants().get(0).scenario()).header(), TimeseriesTable.HEADER)) {
            Sweep.Outcome o = Sweep.run(e, slice, f, threads, null, executor);
            int failed = SweepRuns.read(folder).failed();
            f.finish(o.complete(), failed);
            ran += o.ran();
            if (o.stoppedBy() != null) throw new IllegalStateException("batch " + folder.getFileName() + " stopped: " + o.stoppedBy());
            if (failed > 0) {
                throw new InputException(folder.resolve(SweepFolder.RUNS).toString(), "status", "every run of the batch to finish",
                        failed + " failed run(s); see the error column");
            }
        }
        log.printf(Locale.ROOT, "  batch %s: %d candidate(s) x %d replication(s) done%n", folder.getFileName(), e.variants().size(), e.replications());
        log.flush();
    }

    private void awaitSlices(List<Path> slices, Experiment e) {
        boolean said = false;
        while (!slices.stream().allMatch(s -> SweepFolder.isComplete(s, e))) {
            if (!said) {
                log.printf("  waiting for the other shards of batch %s%n", slices.get(0).getFileName());
                log.flush();
                said = true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the other shards", ex);
            }
        }
    }

    private double[][][] read(List<Path> folders, Experiment e) {
        List<OutputSpec> outputs = problem.outputs();
        int reps = e.replications();
        double[][][] v = new double[outputs.size()][e.variants().size()][reps];
        boolean[][][] seen = new boolean[outputs.size()][e.variants().size()][reps];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < e.variants().size(); i++) index.put(e.variants().get(i).name(), i);
        for (Path folder : folders) readFolder(folder.resolve(SweepFolder.TIMESERIES), outputs, index, v, seen);
        for (int o = 0; o < outputs.size(); o++) {
            for (int c = 0; c < seen[o].length; c++) {
                for (int r = 0; r < reps; r++) {
                    if (!seen[o][c][r]) throw new InputException(folders.get(0).toString(), "timeseries.csv", "a row of " + outputs.get(o).park() + " at "
                            + outputs.get(o).date() + " for every run", "none for " + e.variants().get(c).name() + " replicate " + r);
                }
            }
        }
        return v;
    }

    private static void readFolder(Path file, List<OutputSpec> outputs, Map<String, Integer> index, double[][][] v, boolean[][][] seen) {
        try (CsvInput in = CsvInput.open(file)) {
            int variant = in.column("variant", "the candidate"), rep = in.column("replicate", "the replicate");
            int park = in.column("park", "the park"), date = in.column("date", "the month");
            int[] columns = new int[outputs.size()];
            for (int o = 0; o < columns.length; o++) columns[o] = in.column(outputs.get(o).metric(), "output " + outputs.get(o).metric());
            for (CsvInput.Row row : in) {
                Integer c = index.get(row.raw(variant));
                if (c == null) continue;
                int r = (int) row.whole(rep);
                for (int o = 0; o < columns.length; o++) {
                    OutputSpec out = outputs.get(o);
                    if (!out.park().equals(row.raw(park)) || !out.date().equals(row.raw(date))) continue;
                    v[o][c][r] = row.number(columns[o]);
                    seen[o][c][r] = true;
                }
            }
        }
    }
}
