package parksim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parksim.core.CalendarMonth;
import parksim.core.Metric;
import parksim.results.ResultSet;
import parksim.results.TargetInfo;
import parksim.results.VariantData;

/**
 * The comparison of every variant with the baseline and with each other: one {@link ComparisonRow} per
 * variant × metric × date × park against the baseline, then one per pair of other variants; Holm's correction
 * within the outcome family (every comparison of a metric that is not a cost) and, separately, within the cost
 * family; cost-effectiveness with Fieller intervals; and the probability of meeting each target. Pairing falls back to unpaired tests, with a warning,
 * whenever the runs do not share seeds.
 */
public final class ComparisonTable {
    private final String baseline;
    private final List<String> variants;
    private final List<Metric> metrics;
    private final List<CalendarMonth> dates;
    private final List<String> parks;
    private final List<ComparisonRow> rows;
    private final List<TargetRow> targets;
    private final List<String> warnings;
    private final Map<String, String> pairing;

    private ComparisonTable(String baseline, List<String> variants, List<Metric> metrics, List<CalendarMonth> dates, List<String> parks,
                            List<ComparisonRow> rows, List<TargetRow> targets, List<String> warnings, Map<String, String> pairing) {
        this.baseline = baseline;
        this.variants = variants;
        this.metrics = metrics;
        this.dates = dates;
        this.parks = parks;
        this.rows = rows;
        this.targets = targets;
        this.warnings = warnings;
        this.pairing = pairing;
    }

    public static ComparisonTable of(ResultSet results, String baselineName, List<Metric> metrics, List<CalendarMonth> dates) {
        ResultSet.Variant base = results.variant(baselineName);
        if (base == null) throw new IllegalArgumentException("no variant " + baselineName);
        List<String> warnings = new ArrayList<>(results.warnings());
        Map<String, String> pairing = new LinkedHashMap<>();
        for (ResultSet.Variant v : results.variants()) {
            if (v == base) continue;
            String why = Pairing.whyNot(v.name(), v.data().runs(), base.name(), base.data().runs());
            pairing.put(v.name(), why == null ? "paired by seed (" + v.data().runs().size() + " runs each)" : "unpaired: " + why);
            if (why != null) warnings.add(v.name() + " vs " + base.name() + ": " + why + "; unpaired tests (Welch t, Mann-Whitney U)");
        }
        List<ResultSet.Variant[]> pairs = pairs(results.variants(), base);
        List<Pending> pending = new ArrayList<>();
        Set<String> cellFallbacks = new LinkedHashSet<>();
        for (String park : results.parks()) {
            for (Metric metric : metrics) {
                for (CalendarMonth date : dates) {
                    pending.add(new Pending(base, base, park, metric, date, null, null, Double.NaN));
                    for (ResultSet.Variant[] pair : pairs) {
                        if (pair[1] == base) pending.add(compare(pair[0], pair[1], park, metric, date, cellFallbacks));
                    }
                }
            }
        }
        // Pairwise rows between variants other than the baseline come after every row against the baseline.
        for (String park : results.parks()) {
            for (Metric metric : metrics) {
                for (CalendarMonth date : dates) {
                    for (ResultSet.Variant[] pair : pairs) {
                        if (pair[1] != base) pending.add(compare(pair[0], pair[1], park, metric, date, null));
                    }
                }
            }
        }
        for (String cell : cellFallbacks) {
            warnings.add(cell + ": some runs lack a row for that month, so their seeds differ; unpaired tests (Welch t, Mann-Whitney U)");
        }
        List<ComparisonRow> rows = adjust(pending, base.name());
        return new ComparisonTable(base.name(), results.names(), List.copyOf(metrics), List.copyOf(dates), results.parks(),
                List.copyOf(rows), targets(results), List.copyOf(warnings), pairing);
    }

    /** What a package spends, owes or invests, not what it achieves: left out of the outcome family and of rankings. */
    private static final java.util.Set<Metric> COSTS = java.util.EnumSet.of(Metric.SPEND, Metric.SPEND_CUM, Metric.COMMITTED, Metric.UNPAID,
            Metric.UNPAID_CUM, Metric.FUND_INVESTED, Metric.FUND_INVESTED_CUM, Metric.FUND_RECOVERED_CUM, Metric.FUND_HOLDINGS);

    public static boolean isCost(Metric m) {
        return COSTS.contains(m);
    }

    /** A row before Holm's correction. */
    private record Pending(ResultSet.Variant variant, ResultSet.Variant reference, String park, Metric metric, CalendarMonth date,
                           Difference difference, Ratio ratio, double extraSpend) {}

    /** Every pair {variant, reference}: each variant against the baseline, then each later variant against each earlier one. */
    private static List<ResultSet.Variant[]> pairs(List<ResultSet.Variant> variants, ResultSet.Variant base) {
        List<ResultSet.Variant[]> pairs = new ArrayList<>();
        for (ResultSet.Variant v : variants) if (v != base) pairs.add(new ResultSet.Variant[] {v, base});
        List<ResultSet.Variant> others = variants.stream().filter(v -> v != base).toList();
        for (int j = 0; j < others.size(); j++) {
            for (int i = 0; i < j; i++) pairs.add(new ResultSet.Variant[] {others.get(j), others.get(i)});
        }
        return pairs;
    }

    private static Pending compare(ResultSet.Variant v, ResultSet.Variant ref, String park, Metric metric, CalendarMonth date,
                                   Set<String> cellFallbacks) {
        boolean pairable = Pairing.whyNot(v.name(), v.data().runs(), ref.name(), ref.data().runs()) == null;
        VariantData.Observations o = v.data().observations(park, metric, date);
        VariantData.Observations b = ref.data().observations(park, metric, date);
        double[][] aligned = pairable ? Pairing.align(o, b) : null;
        if (pairable && aligned == null && cellFallbacks != null) {
            cellFallbacks.add(v.name() + " vs " + ref.name() + " at " + date + " in park " + park);
        }
        Difference d = aligned != null ? Difference.paired(aligned[0], aligned[1]) : Difference.unpaired(o.values(), b.values());
        VariantData.Observations so = v.data().observations(park, Metric.SPEND_CUM, date);
        VariantData.Observations sb = ref.data().observations(park, Metric.SPEND_CUM, date);
        double[][] spend = pairable ? Pairing.align(so, sb) : null;
        double extra = spend != null ? Difference.paired(spend[0], spend[1]).estimate() : Difference.unpaired(so.values(), sb.values()).estimate();
        Ratio ratio = null;
        if (!isCost(metric)) {
            ratio = aligned == null || spend == null ? Ratio.none(Ratio.NOT_PAIRED)
                    : Ratio.fieller(differences(aligned), scaled(differences(spend), 1e-6), "the extra spend");
        }
        return new Pending(v, ref, park, metric, date, d, ratio, extra);
    }

    /** Holm's correction within each family (outcomes; costs), for the t-tests and the rank tests separately. */
    private static List<ComparisonRow> adjust(List<Pending> pending, String baseline) {
        double[] tHolm = new double[pending.size()];
        double[] rankHolm = new double[pending.size()];
        for (boolean cost : new boolean[] {false, true}) {
            double[] tP = new double[pending.size()];
            double[] rankP = new double[pending.size()];
            for (int i = 0; i < pending.size(); i++) {
                Pending p = pending.get(i);
                boolean in = p.difference() != null && isCost(p.metric()) == cost;
                tP[i] = in ? p.difference().tP() : Double.NaN;
                rankP[i] = in ? p.difference().rankP() : Double.NaN;
            }
            double[] t = Holm.adjust(tP);
            double[] r = Holm.adjust(rankP);
            for (int i = 0; i < pending.size(); i++) {
                if (pending.get(i).difference() != null && isCost(pending.get(i).metric()) == cost) {
                    tHolm[i] = t[i];
                    rankHolm[i] = r[i];
                }
            }
        }
        List<ComparisonRow> rows = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            Sample sample = Sample.of(p.variant().data().observations(p.park(), p.metric(), p.date()).values());
            double th = p.difference() == null ? Double.NaN : tHolm[i];
            double rh = p.difference() == null ? Double.NaN : rankHolm[i];
            rows.add(new ComparisonRow(p.variant().name(), baseline, p.reference().name(), p.park(), p.metric(), p.date(), sample,
                    p.difference(), th, rh, isCost(p.metric()) ? ComparisonRow.COST : ComparisonRow.OUTCOME, p.extraSpend(), p.ratio()));
        }
        return rows;
    }

    private static double[] differences(double[][] aligned) {
        double[] d = new double[aligned[0].length];
        for (int i = 0; i < d.length; i++) d[i] = aligned[0][i] - aligned[1][i];
        return d;
    }

    private static double[] scaled(double[] values, double factor) {
        double[] s = new double[values.length];
        for (int i = 0; i < s.length; i++) s[i] = values[i] * factor;
        return s;
    }

    private static List<TargetRow> targets(ResultSet results) {
        List<TargetRow> targets = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (ResultSet.Variant v : results.variants()) ids.addAll(v.targets().keySet());
        for (String id : ids) {
            TargetInfo info = results.targetInfo().getOrDefault(id, TargetInfo.bare(id));
            for (ResultSet.Variant v : results.variants()) targets.add(TargetRow.of(v.name(), info, v.targets().get(id)));
        }
        return List.copyOf(targets);
    }

    public String baseline() { return baseline; }

    /** All variant names, the baseline among them, in the order given. */
    public List<String> variants() { return variants; }

    public List<Metric> metrics() { return metrics; }

    public List<CalendarMonth> dates() { return dates; }

    public List<String> parks() { return parks; }

    public List<ComparisonRow> rows() { return rows; }

    public List<TargetRow> targets() { return targets; }

    /** Unpaired fallbacks and left-out runs, in words. */
    public List<String> warnings() { return warnings; }

    /** For each variant other than the baseline: how its runs were compared, in words. */
    public Map<String, String> pairing() { return pairing; }

    /** The variant's row against the baseline (or the baseline's own row). */
    public ComparisonRow row(String variant, String park, Metric metric, CalendarMonth date) {
        return pair(variant, baseline, park, metric, date);
    }

    /** The row of {@code variant} compared with {@code reference}, in whichever order the table holds it (null if none). */
    public ComparisonRow pair(String variant, String reference, String park, Metric metric, CalendarMonth date) {
        return rows.stream().filter(r -> r.variant().equals(variant) && r.reference().equals(reference) && r.park().equals(park)
                && r.metric() == metric && r.date().equals(date)).findFirst().orElse(null);
    }
}
