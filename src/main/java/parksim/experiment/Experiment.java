package parksim.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parksim.scenario.LoadedScenario;

/**
 * An experiment resolved and checked before any run starts: every variant's scenario is valid.
 *
 * @param factorPaths every scenario path a variant or the grid sets, in order of first appearance
 * @param fingerprint identifies the experiment's content (spec, base scenario, program version), so that
 *                    a result folder is only ever resumed or merged with results of the same experiment
 * @param draws       each replicate's parameters drawn from a posterior ({@link ReplicateDraws#NONE}: none)
 */
public record Experiment(Path file, ExperimentSpec spec, LoadedScenario base, List<Variant> variants,
                         List<String> factorPaths, String fingerprint, ReplicateDraws draws) {

    public Experiment(Path file, ExperimentSpec spec, LoadedScenario base, List<Variant> variants, List<String> factorPaths,
                      String fingerprint) {
        this(file, spec, base, variants, factorPaths, fingerprint, ReplicateDraws.NONE);
    }

    /** The experiment with each replicate's parameters drawn by {@code d}; the fingerprint then covers the draws too. */
    public Experiment withDraws(ReplicateDraws d) {
        return new Experiment(file, spec, base, variants, factorPaths, fingerprint + "+" + d.fingerprint(), d);
    }

    public int replications() { return spec.replications(); }

    public long seed() { return spec.seed(); }

    public Recording recording() { return spec.record(); }

    /** All runs in their canonical order: replicate by replicate, each with every variant. */
    public List<PlannedRun> plan() {
        List<PlannedRun> runs = new ArrayList<>(variants.size() * replications());
        for (int r = 0; r < replications(); r++) {
            for (Variant v : variants) {
                runs.add(new PlannedRun(runs.size(), v, r, RunSpec.seedFor(seed(), r), draws));
            }
        }
        return runs;
    }

    /** One run of the plan; {@code index} is its place in the canonical order. */
    public record PlannedRun(int index, Variant variant, int replicate, long seed, ReplicateDraws draws) {
        public RunSpec spec() {
            return new RunSpec(draws.apply(variant.scenario(), seed), variant.name(), replicate, seed);
        }

        public String runId() { return parksim.observe.RunIdentity.of(variant.scenario().name(), variant.name(), replicate, seed).runId(); }
    }
}
