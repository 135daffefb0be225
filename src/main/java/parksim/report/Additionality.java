package parksim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.math3.stat.StatUtils;
import parksim.core.CalendarMonth;
import parksim.core.Metric;
import parksim.results.FirmsReader;
import parksim.results.ResultSet;
import parksim.results.VariantData;

/**
 * Who a package brought, and who would have come anyway. Variants run with the same seed meet the same
 * prospects (firm ids {@code f<arrival number>}), so each prospect that signs in a park under a variant can
 * be looked up in the baseline's run with that seed:
 * <ul>
 *   <li><b>induced</b>: signed in the park under the variant, not under the baseline (of which <b>displaced</b>:
 *       signed in another park of the scenario under the baseline — taken from a neighbour, not new to the region);</li>
 *   <li><b>deadweight</b>: signed in the park under both — it would have come anyway;</li>
 *   <li><b>lost</b>: signed in the park under the baseline only (of which some went to another park).</li>
 * </ul>
 * Counts are means per paired run. The incentives paid to deadweight firms are from their {@code subsidies_cny}
 * under the variant (and the part above what they received under the baseline). The cost per induced firm is the
 * extra incentive spend (end of run, the park's {@code spend_cum_cny}) divided by the induced firms, with a Fieller
 * 95 % CI over the paired runs; so is the cost per net additional firm (induced − lost). Gross counts are only as
 * sharp as the model's common random numbers at the firm level: where a policy change shifts later random draws,
 * prospects churn between "induced" and "lost" by chance, while the net figure stays the change in signings.
 */
public final class Additionality {
    /**
     * One variant × park against the baseline.
     *
     * @param note null when computed; otherwise why not (no firms.csv, runs not paired)
     */
    public record Row(String variant, String park, int runs, double induced, double displaced, double deadweight, double lost,
                      double lostToOtherParks, double deadweightSubsidiesCny, double deadweightExtraSubsidiesCny, double extraSpendCny,
                      Ratio costPerInduced, Ratio costPerNetAdditional, String note) {
        static Row missing(String variant, String park, String note) {
            double n = Double.NaN;
            return new Row(variant, park, 0, n, n, n, n, n, n, n, n, Ratio.none(note), Ratio.none(note), note);
        }

        /** Induced minus lost firms: the change in the park's signings, whatever the churn between the two runs. */
        public double netAdditional() { return induced - lost; }
    }

    /** Per-run tallies, filled run by run. */
    private record Tally(double[] induced, double[] displaced, double[] deadweight, double[] lost, double[] lostOut,
                         double[] deadweightPaid, double[] deadweightExtra, double[] extraSpendM) {
        static Tally of(int n) {
            return new Tally(new double[n], new double[n], new double[n], new double[n], new double[n], new double[n], new double[n],
                    new double[n]);
        }
    }

    private Additionality() {}

    /**
     * Rows for every variant but the baseline and every park; empty when no variant has a firms.csv.
     *
     * @param anyFirms whether any variant's folder has a firms.csv
     * @param firms    the prospects of each variant that has a firms.csv (seed → firm id → firm), by variant name;
     *                 empty when the baseline has none ({@link FirmsReader#readAll})
     */
    public static List<Row> of(ResultSet results, String baseline, boolean anyFirms, Map<String, Map<Long, Map<String, FirmsReader.Firm>>> firms) {
        ResultSet.Variant base = results.variant(baseline);
        List<Row> rows = new ArrayList<>();
        if (!anyFirms) return rows;
        Map<Long, Map<String, FirmsReader.Firm>> baseFirms = firms.get(base.name());
        for (ResultSet.Variant v : results.variants()) {
            if (v == base) continue;
            String why = baseFirms == null ? "the baseline has no firms.csv" : !firms.containsKey(v.name()) ? "no firms.csv beside its timeseries.csv"
                    : Pairing.whyNot(v.name(), v.data().runs(), base.name(), base.data().runs());
            for (String park : results.parks()) {
                rows.add(why != null ? Row.missing(v.name(), park, why) : row(v, base, park, firms.get(v.name()), baseFirms));
            }
        }
        return rows;
    }

    static Row row(ResultSet.Variant v, ResultSet.Variant base, String park, Map<Long, Map<String, FirmsReader.Firm>> firms,
                   Map<Long, Map<String, FirmsReader.Firm>> baseFirms) {
        List<Long> seeds = new ArrayList<>(new TreeSet<>(firms.keySet()));
        double[] spend = extraSpend(v, base, park, seeds);
        Tally t = Tally.of(seeds.size());
        for (int r = 0; r < seeds.size(); r++) {
            Map<String, FirmsReader.Firm> a = firms.get(seeds.get(r));
            Map<String, FirmsReader.Firm> b = baseFirms.getOrDefault(seeds.get(r), Map.of());
            count(a, b, park, r, t);
            t.extraSpendM()[r] = spend[r];
        }
        double[] net = new double[seeds.size()];
        for (int r = 0; r < net.length; r++) net[r] = t.induced()[r] - t.lost()[r];
        return new Row(v.name(), park, seeds.size(), mean(t.induced()), mean(t.displaced()), mean(t.deadweight()), mean(t.lost()),
                mean(t.lostOut()), mean(t.deadweightPaid()), mean(t.deadweightExtra()), mean(t.extraSpendM()) * 1e6,
                perFirm(t.extraSpendM(), t.induced(), "induced firms"), perFirm(t.extraSpendM(), net, "net additional firms"), null);
    }

    /** Extra spend (¥M per run) per firm, in ¥, with Fieller's CI; or why there is none. */
    private static Ratio perFirm(double[] extraSpendM, double[] firms, String what) {
        Ratio cost = Ratio.fieller(extraSpendM, firms, "the number of " + what);
        return cost.given() ? new Ratio(cost.estimate() * 1e6, cost.low() * 1e6, cost.high() * 1e6, null) : cost;
    }

    /** Classifies every prospect of one pair of runs (same seed) for one park. */
    private static void count(Map<String, FirmsReader.Firm> variant, Map<String, FirmsReader.Firm> baseline, String park, int r, Tally t) {
        for (Map.Entry<String, FirmsReader.Firm> e : variant.entrySet()) {
            if (!park.equals(e.getValue().signedPark())) continue;
            FirmsReader.Firm before = baseline.get(e.getKey());
            String baseSigned = before == null ? null : before.signedPark();
            if (park.equals(baseSigned)) {
                t.deadweight()[r]++;
                t.deadweightPaid()[r] += e.getValue().subsidiesCny();
                t.deadweightExtra()[r] += e.getValue().subsidiesCny() - before.subsidiesCny();
            } else {
                t.induced()[r]++;
                if (baseSigned != null) t.displaced()[r]++;
            }
        }
        for (Map.Entry<String, FirmsReader.Firm> e : baseline.entrySet()) {
            if (!park.equals(e.getValue().signedPark())) continue;
            FirmsReader.Firm after = variant.get(e.getKey());
            if (after != null && park.equals(after.signedPark())) continue;
            t.lost()[r]++;
            if (after != null && after.signedPark() != null) t.lostOut()[r]++;
        }
    }

    /** Per seed, the variant's end-of-run cumulative spend in the park minus the baseline's, in ¥M. */
    private static double[] extraSpend(ResultSet.Variant v, ResultSet.Variant base, String park, List<Long> seeds) {
        CalendarMonth last = v.data().months(park).last();
        CalendarMonth baseLast = base.data().months(park).last();
        Map<Long, Double> a = bySeed(v.data().observations(park, Metric.SPEND_CUM, last));
        Map<Long, Double> b = bySeed(base.data().observations(park, Metric.SPEND_CUM, baseLast));
        double[] out = new double[seeds.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (a.getOrDefault(seeds.get(i), Double.NaN) - b.getOrDefault(seeds.get(i), Double.NaN)) / 1e6;
        }
        return out;
    }

    private static Map<Long, Double> bySeed(VariantData.Observations o) {
        Map<Long, Double> m = new java.util.HashMap<>();
        for (int i = 0; i < o.n(); i++) m.put(o.seeds()[i], o.values()[i]);
        return m;
    }

    private static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : StatUtils.mean(values);
    }
}
