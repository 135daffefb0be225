package parksim.report;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.StatUtils;
import parksim.core.CalendarMonth;
import parksim.core.Metric;
import parksim.results.ResultSet;
import parksim.results.VariantData;

/**
 * The variants ranked on one outcome metric at one park and date, with how sure the ranking is.
 *
 * <p>{@code p_best} is the share of bootstrap resamples in which a variant's mean is the highest (ties
 * shared equally); {@code p_beats_baseline} the share in which its mean exceeds the baseline's (ties
 * count half). When every variant has the same seeds, each once, a resample draws replicates (seeds) with
 * replacement and takes <em>the same</em> replicates for every variant — a paired bootstrap, which keeps
 * the common random numbers. Otherwise each variant's runs are resampled on their own. Resamples come
 * from a MersenneTwisterFast with a fixed seed, so the same inputs give the same figures.
 */
public final class Ranking {
    public static final int RESAMPLES = 4000;
    private static final long BOOTSTRAP_SEED = 20_251_129L;
    /** Metrics for which fewer is better: firms lost or turned away. Every other outcome is better when higher. */
    private static final List<Metric> LOWER_IS_BETTER = List.of(Metric.DECLINED, Metric.WITHDRAWN, Metric.EXITED, Metric.WITHDRAWALS,
            Metric.EXITS, Metric.TURNED_AWAY_NO_FLOOR, Metric.TURNED_AWAY_NO_FLOOR_CUM);

    /** One variant's place. {@code rank} 1 is the best mean; {@code pBeatsBaseline} is NaN for the baseline itself. */
    public record Entry(String variant, int rank, double mean, double pBest, double pBeatsBaseline) {}

    /** @param paired whether the resampling was paired (all variants share seeds) */
    public record Result(String park, Metric metric, CalendarMonth date, boolean paired, int resamples, List<Entry> entries) {
        public Entry first() { return entries.get(0); }

        public Entry entry(String variant) {
            return entries.stream().filter(e -> e.variant().equals(variant)).findFirst().orElseThrow();
        }
    }

    private Ranking() {}

    public static boolean higherIsBetter(Metric m) { return !LOWER_IS_BETTER.contains(m); }

    /** Rankings for every park × outcome metric × date of the table (cost metrics are not ranked). */
    public static List<Result> of(ResultSet results, ComparisonTable table) {
        List<Result> out = new ArrayList<>();
        for (String park : table.parks()) {
            for (Metric m : table.metrics()) {
                if (ComparisonTable.isCost(m)) continue;
                for (CalendarMonth date : table.dates()) out.add(rank(results, table.baseline(), park, m, date));
            }
        }
        return out;
    }

    public static Result rank(ResultSet results, String baseline, String park, Metric metric, CalendarMonth date) {
        List<ResultSet.Variant> vs = results.variants();
        List<VariantData.Observations> obs = vs.stream().map(v -> v.data().observations(park, metric, date)).toList();
        double[][] aligned = alignAll(obs);
        double[][] samples = aligned != null ? aligned : obs.stream().map(VariantData.Observations::values).toArray(double[][]::new);
        double sign = higherIsBetter(metric) ? 1 : -1;
        int b = IntStream.range(0, vs.size()).filter(i -> vs.get(i).name().equals(baseline)).findFirst().orElse(0);
        double[][] shares = shares(samples, aligned != null, sign, b);
        double[] best = shares[0];
        double[] beats = shares[1];
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < vs.size(); i++) {
            double mean = samples[i].length == 0 ? Double.NaN : StatUtils.mean(samples[i]);
            entries.add(new Entry(vs.get(i).name(), 0, mean, best[i] / RESAMPLES, i == b ? Double.NaN : beats[i] / RESAMPLES));
        }
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingDouble((Entry e) -> -sign * e.mean()));
        List<Entry> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            // Equal means share the better rank.
            int rank = i > 0 && sorted.get(i - 1).mean() == e.mean() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Entry(e.variant(), rank, e.mean(), e.pBest(), e.pBeatsBaseline()));
        }
        return new Result(park, metric, date, aligned != null, RESAMPLES, List.copyOf(ranked));
    }

    /**
     * The bootstrap tallies of {@link #rank}: {@code [0][i]} how many resamples variant i's mean is the best in (ties
     * shared), {@code [1][i]} how many it beats the baseline's in (ties half), over {@link #RESAMPLES} resamples.
     *
     * @param samples each variant's values, position j of each the same seed when {@code paired}
     * @param sign    1 when higher is better, -1 when lower is
     */
    static double[][] shares(double[][] samples, boolean paired, double sign, int baseline) {
        double[] best = new double[samples.length];
        double[] beats = new double[samples.length];
        MersenneTwisterFast random = new MersenneTwisterFast(BOOTSTRAP_SEED);
        double[] means = new double[samples.length];
        for (int k = 0; k < RESAMPLES; k++) {
            resampleMeans(samples, paired, random, means);
            tally(means, sign, baseline, best, beats);
        }
        return new double[][] {best, beats};
    }

    /** Each package's share of paired bootstrap resamples (replicates drawn alike for all) in which its mean is the highest. */
    public static double[] pBest(double[][] pairedSamples) {
        double[] best = shares(pairedSamples, true, 1, 0)[0];
        for (int i = 0; i < best.length; i++) best[i] /= RESAMPLES;
        return best;
    }

    /** Each variant's values ordered by seed, when all variants have the same seeds each once; otherwise null. */
    static double[][] alignAll(List<VariantData.Observations> obs) {
        double[][] out = new double[obs.size()][];
        for (int i = 0; i < obs.size(); i++) {
            double[][] pair = Pairing.align(obs.get(i), obs.get(0));
            if (pair == null || obs.get(i).n() < 1) return null;
            out[i] = pair[0];
        }
        return out;
    }

    private static void resampleMeans(double[][] samples, boolean paired, MersenneTwisterFast random, double[] means) {
        if (paired) {
            int n = samples[0].length;
            double[] sums = new double[samples.length];
            for (int j = 0; j < n; j++) {
                int pick = random.nextInt(n);
                for (int i = 0; i < samples.length; i++) sums[i] += samples[i][pick];
            }
            for (int i = 0; i < samples.length; i++) means[i] = sums[i] / n;
            return;
        }
        for (int i = 0; i < samples.length; i++) {
            int n = samples[i].length;
            double sum = 0;
            for (int j = 0; j < n; j++) sum += samples[i][random.nextInt(n)];
            means[i] = n == 0 ? Double.NaN : sum / n;
        }
    }

    private static void tally(double[] means, double sign, int baseline, double[] best, double[] beats) {
        double top = Double.NEGATIVE_INFINITY;
        for (double m : means) top = Math.max(top, sign * m);
        int ties = 0;
        for (double m : means) if (sign * m == top) ties++;
        for (int i = 0; i < means.length; i++) {
            if (sign * means[i] == top) best[i] += 1.0 / ties;
            double d = sign * (means[i] - means[baseline]);
            beats[i] += d > 0 ? 1 : d == 0 ? 0.5 : 0;
        }
    }
}
