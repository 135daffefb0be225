package parksim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.util.CombinatoricsUtils;
import parksim.core.CalendarMonth;
import parksim.core.Metric;
import parksim.experiment.ShapleyExperiment;
import parksim.results.ResultSet;

/**
 * Each instrument's Shapley share of a package's effect, from the 2^k sub-package variants that
 * {@code sweep --shapley VARIANT} runs ({@code shapley-<bits>}, bit i from the left = instrument i in).
 *
 * <p>With v(S) the metric under sub-package S, instrument i's share is the exact Shapley value
 * φ_i = Σ_{S ∌ i} |S|! (k − |S| − 1)! / k! · (v(S ∪ {i}) − v(S)). The shares add up to v(all) − v(none), the
 * package's effect; an effect that needs two instruments together is split equally between them. φ is
 * linear in v, so it is computed per replicate (the sub-packages of one replicate share a seed) and its
 * 95 % CI is the t-interval of those per-replicate values.
 */
public final class Shapley {
    /** One instrument's share: the mean of its per-replicate Shapley values and their 95 % CI. */
    public record Share(String instrument, double value, double low, double high) {}

    /** The attribution of one metric at one park and date; {@code effect} is v(all) − v(none) over the runs. */
    public record Result(String group, String park, Metric metric, CalendarMonth date, int runs, Sample effect, List<Share> shares) {}

    private Shapley() {}

    /** Exact Shapley values of a game given as v[mask], bit (k − 1 − i) of mask = player i in. */
    public static double[] values(double[] v, int k) {
        if (v.length != 1 << k) throw new IllegalArgumentException("a game of " + k + " players has " + (1 << k) + " coalitions");
        double[] phi = new double[k];
        for (int i = 0; i < k; i++) {
            int bit = 1 << (k - 1 - i);
            for (int mask = 0; mask < v.length; mask++) {
                if ((mask & bit) != 0) continue;
                int s = Integer.bitCount(mask);
                double weight = CombinatoricsUtils.factorialDouble(s) * CombinatoricsUtils.factorialDouble(k - s - 1)
                        / CombinatoricsUtils.factorialDouble(k);
                phi[i] += weight * (v[mask | bit] - v[mask]);
            }
        }
        return phi;
    }

    /** The attributions of every Shapley sweep among the results, for each park, metric and date of the table. */
    public static List<Result> of(ResultSet results, ComparisonTable table, VariantLabels labels) {
        List<Result> out = new ArrayList<>();
        for (Map.Entry<String, List<ResultSet.Variant>> g : groups(results).entrySet()) {
            List<ResultSet.Variant> game = g.getValue();
            int k = Integer.numberOfTrailingZeros(game.size());
            List<String> players = players(game, k, labels);
            for (String park : table.parks()) {
                for (Metric m : table.metrics()) {
                    for (CalendarMonth d : table.dates()) {
                        Result r = attribute(g.getKey(), game, players, park, m, d);
                        if (r != null) out.add(r);
                    }
                }
            }
        }
        return out;
    }

    private static Result attribute(String group, List<ResultSet.Variant> game, List<String> players, String park, Metric m, CalendarMonth d) {
        int k = players.size();
        double[][] aligned = Ranking.alignAll(game.stream().map(v -> v.data().observations(park, m, d)).toList());
        if (aligned == null) return null;
        int n = aligned[0].length;
        double[][] phi = new double[k][n];
        double[] effect = new double[n];
        double[] v = new double[game.size()];
        for (int r = 0; r < n; r++) {
            for (int mask = 0; mask < v.length; mask++) v[mask] = aligned[mask][r];
            double[] p = values(v, k);
            for (int i = 0; i < k; i++) phi[i][r] = p[i];
            effect[r] = v[v.length - 1] - v[0];
        }
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Sample s = Sample.of(phi[i]);
            shares.add(new Share(players.get(i), s.mean(), s.ciLow(), s.ciHigh()));
        }
        return new Result(group, park, m, d, n, Sample.of(effect), List.copyOf(shares));
    }

    /** Complete Shapley sweeps: by label prefix, the 2^k variants shapley-<k bits>, ordered by their bits as a number. */
    static Map<String, List<ResultSet.Variant>> groups(ResultSet results) {
        Map<String, Map<Integer, ResultSet.Variant>> byGroup = new LinkedHashMap<>();
        Map<String, Integer> width = new LinkedHashMap<>();
        for (ResultSet.Variant v : results.variants()) {
            String name = v.name();
            int slash = name.lastIndexOf('/');
            String local = name.substring(slash + 1);
            if (!local.matches(ShapleyExperiment.PREFIX + "[01]{1," + ShapleyExperiment.MAX_INSTRUMENTS + "}")) continue;
            String bits = local.substring(ShapleyExperiment.PREFIX.length());
            String group = slash < 0 ? "" : name.substring(0, slash);
            if (width.computeIfAbsent(group, x -> bits.length()) != bits.length()) continue;
            byGroup.computeIfAbsent(group, x -> new LinkedHashMap<>()).put(Integer.parseInt(bits, 2), v);
        }
        Map<String, List<ResultSet.Variant>> out = new LinkedHashMap<>();
        byGroup.forEach((group, masks) -> {
            int k = width.get(group);
            if (masks.size() != 1 << k) return;
            List<ResultSet.Variant> ordered = new ArrayList<>();
            for (int mask = 0; mask < 1 << k; mask++) ordered.add(masks.get(mask));
            out.put(group, ordered);
        });
        return out;
    }

    /** Instrument i's name: the label of the sub-package with only instrument i (its description, as sweep --shapley writes it), else "instrument i". */
    private static List<String> players(List<ResultSet.Variant> game, int k, VariantLabels labels) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            String name = game.get(1 << (k - 1 - i)).name();
            String label = labels.label(name);
            names.add(label.equals(name) ? "instrument " + (i + 1) : label);
        }
        return names;
    }
}
