package parksim.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import parksim.results.RunKey;
import parksim.results.VariantData;

/**
 * Whether two variants' runs can be paired: only when both have the same runs' seeds, each once, so
 * that run i of one saw the same arrivals (common random numbers) as run i of the other. Anything else
 * is compared unpaired, never silently paired.
 */
public final class Pairing {
    private Pairing() {}

    /** Null if the variants' runs pair up by seed; otherwise why not, in words. */
    public static String whyNot(String variant, List<RunKey> runs, String baseline, List<RunKey> baseRuns) {
        if (runs.size() != baseRuns.size()) {
            return "unequal replicate counts (" + variant + ": " + runs.size() + " runs, " + baseline + ": " + baseRuns.size() + " runs)";
        }
        String duplicate = duplicateSeed(runs);
        if (duplicate != null) return "seed " + duplicate + " is used by more than one run of " + variant;
        duplicate = duplicateSeed(baseRuns);
        if (duplicate != null) return "seed " + duplicate + " is used by more than one run of " + baseline;
        Set<Long> seeds = runs.stream().map(RunKey::seed).collect(Collectors.toSet());
        Set<Long> baseSeeds = baseRuns.stream().map(RunKey::seed).collect(Collectors.toSet());
        if (!seeds.equals(baseSeeds)) {
            Set<Long> shared = new HashSet<>(seeds);
            shared.retainAll(baseSeeds);
            return "the variants do not share seeds (" + variant + ": " + describe(seeds) + ", " + baseline + ": "
                    + describe(baseSeeds) + ", " + shared.size() + " in common)";
        }
        return null;
    }

    /**
     * The two samples ordered by seed so that position i of each is the same seed; null if their seeds
     * differ (when some runs lack a row for the month).
     */
    public static double[][] align(VariantData.Observations variant, VariantData.Observations baseline) {
        TreeMap<Long, Double> a = bySeed(variant);
        TreeMap<Long, Double> b = bySeed(baseline);
        if (a == null || b == null || !a.keySet().equals(b.keySet())) return null;
        return new double[][] {values(a), values(b)};
    }

    private static TreeMap<Long, Double> bySeed(VariantData.Observations o) {
        TreeMap<Long, Double> m = new TreeMap<>();
        for (int i = 0; i < o.n(); i++) {
            if (m.put(o.seeds()[i], o.values()[i]) != null) return null;
        }
        return m;
    }

    private static double[] values(TreeMap<Long, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String duplicateSeed(List<RunKey> runs) {
        Set<Long> seen = new HashSet<>();
        for (RunKey r : runs) if (!seen.add(r.seed())) return Long.toString(r.seed());
        return null;
    }

    private static String describe(Set<Long> seeds) {
        List<Long> sorted = new ArrayList<>(new java.util.TreeSet<>(seeds));
        if (sorted.isEmpty()) return "no seeds";
        long first = sorted.get(0);
        long last = sorted.get(sorted.size() - 1);
        boolean consecutive = last - first + 1 == sorted.size();
        return consecutive ? (sorted.size() == 1 ? "seed " + first : "seeds " + first + ".." + last)
                : sorted.size() + " seeds from " + first + " to " + last;
    }
}
