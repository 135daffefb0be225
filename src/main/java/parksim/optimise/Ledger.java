package parksim.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.StatUtils;
import parksim.core.Quantiles;

/**
 * Every package evaluated and the outputs of each of its runs, replicate by replicate on the common seeds (search seeds
 * first, then each race round's), so that any two packages' runs pair up position by position.
 */
public final class Ledger {
    private final Map<String, Candidate> candidates = new LinkedHashMap<>();
    private final Map<String, double[][]> runs = new LinkedHashMap<>();
    private final Double robustQuantile;

    /** @param robustQuantile with posterior draws, the lower quantile (0–1) a package is judged by; null: by its mean */
    public Ledger(Double robustQuantile) {
        this.robustQuantile = robustQuantile;
    }

    /** Adds runs of {@code c}: {@code values[output][replicate]}, appended to those it has. */
    public void add(Candidate c, double[][] values) {
        candidates.putIfAbsent(c.id(), c);
        double[][] old = runs.get(c.id());
        if (old == null) {
            runs.put(c.id(), values);
            return;
        }
        double[][] joined = new double[old.length][];
        for (int o = 0; o < old.length; o++) {
            joined[o] = Arrays.copyOf(old[o], old[o].length + values[o].length);
            System.arraycopy(values[o], 0, joined[o], old[o].length, values[o].length);
        }
        runs.put(c.id(), joined);
    }

    public Candidate get(String id) { return candidates.get(id); }

    public Collection<Candidate> all() { return candidates.values(); }

    public List<Candidate> searched() {
        return new ArrayList<>(candidates.values().stream().filter(c -> !c.handWritten()).toList());
    }

    /** The package's runs of output {@code o} (0 the objective, 1 the cost), a copy. */
    public double[] runs(String id, int o) { return runs.get(id)[o].clone(); }

    /** The runs of output {@code o} of the first {@code n} replicates, for pairing with a package that has only those. */
    public double[] runs(String id, int o, int n) { return Arrays.copyOf(runs.get(id)[o], n); }

    public int replicates(String id) { return runs.get(id)[0].length; }

    public double mean(String id, int o) { return StatUtils.mean(runs.get(id)[o]); }

    /** What a package is judged by (higher is better): its mean outcome, or with posterior draws a lower quantile of its runs. */
    public double score(String id) {
        double[] v = runs.get(id)[0];
        return robustQuantile == null ? StatUtils.mean(v) : Quantiles.r7(v, 100 * robustQuantile);
    }

    public boolean robust() { return robustQuantile != null; }

    public Double robustQuantile() { return robustQuantile; }

    /** Objectives to minimise for a front: the score negated, the mean cost. */
    public double[] objectives(String id) {
        return new double[] {-score(id), mean(id, 1)};
    }
}
