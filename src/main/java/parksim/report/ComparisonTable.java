package parksim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parksim.core.CalendarMonth;
import parksim.core.Metric;

/**
 * The comparison of every variant with the baseline: one {@link ComparisonRow} per variant × metric ×
 * date × park, Holm's correction across all of them (each test family separately), cost-effectiveness,
 * and the probability of meeting each target. Pairing falls back to unpaired tests, with a warning,
 * whenever the runs do not share seeds.
 */
public final class ComparisonTable {
    /** Below this much extra spend (¥), differences per ¥1M of it are not reported: they would be noise divided by ~0. */
    public static final double MIN_EXTRA_SPEND = 10_000;

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
        Set<String> pairable = new java.util.HashSet<>();
        for (ResultSet.Variant v : results.variants()) {
            if (v == base) continue;
            String why = Pairing.whyNot(v.name(), v.data().runs(), base.name(), base.data().runs());
            if (why == null) pairable.add(v.name());
            pairing.put(v.name(), why == null ? "paired by seed (" + v.data().runs().size() + " runs each)" : "unpaired: " + why);
            if (why != null) warnings.add(v.name() + " vs " + base.name() + ": " + why + "; unpaired tests (Welch t, Mann-Whitney U)");
        }

        record Pending(ResultSet.Variant variant, String park, Metric metric, CalendarMonth date, Sample sample, Difference difference,
                       double extraSpend) {}
        List<Pending> pending = new ArrayList<>();
        Set<String> cellFallbacks = new LinkedHashSet<>();
        for (String park : results.parks()) {
            for (Metric metric : metrics) {
                for (CalendarMonth date : dates) {
                    VariantData.Observations b = base.data().observations(park, metric, date);
                    for (ResultSet.Variant v : results.variants()) {
                        VariantData.Observations o = v.data().observations(park, metric, date);
                        if (v == base) {
                            pending.add(new Pending(v, park, metric, date, Sample.of(o.values()), null, Double.NaN));
                            continue;
                        }
                        boolean paired = pairable.contains(v.name());
                        Difference d = difference(o, b, paired);
                        if (paired && !d.paired()) {
                            cellFallbacks.add(v.name() + " vs " + base.name() + " at " + date + " in park " + park);
                        }
                        Difference spend = difference(v.data().observations(park, Metric.SPEND_CUM, date),
                                base.data().observations(park, Metric.SPEND_CUM, date), paired);
                        pending.add(new Pending(v, park, metric, date, Sample.of(o.values()), d, spend.estimate()));
                    }
                }
            }
        }
        for (String cell : cellFallbacks) {
            warnings.add(cell + ": some runs lack a row for that month, so their seeds differ; unpaired tests (Welch t, Mann-Whitney U)");
        }

        double[] tP = pending.stream().mapToDouble(p -> p.difference() == null ? Double.NaN : p.difference().tP()).toArray();
        double[] rankP = pending.stream().mapToDouble(p -> p.difference() == null ? Double.NaN : p.difference().rankP()).toArray();
        double[] tHolm = Holm.adjust(tP);
        double[] rankHolm = Holm.adjust(rankP);
        List<ComparisonRow> rows = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            double perMillion = Double.NaN;
            if (p.difference() != null && p.metric() != Metric.SPEND_CUM && Math.abs(p.extraSpend()) >= MIN_EXTRA_SPEND) {
                perMillion = p.difference().estimate() / (p.extraSpend() / 1e6);
            }
            rows.add(new ComparisonRow(p.variant().name(), base.name(), p.park(), p.metric(), p.date(), p.sample(), p.difference(),
                    tHolm[i], rankHolm[i], p.extraSpend(), perMillion));
        }

        List<TargetRow> targets = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (ResultSet.Variant v : results.variants()) ids.addAll(v.targets().keySet());
        for (String id : ids) {
            TargetInfo info = results.targetInfo().getOrDefault(id, TargetInfo.bare(id));
            for (ResultSet.Variant v : results.variants()) targets.add(TargetRow.of(v.name(), info, v.targets().get(id)));
        }
        return new ComparisonTable(base.name(), results.names(), List.copyOf(metrics), List.copyOf(dates), results.parks(),
                List.copyOf(rows), List.copyOf(targets), List.copyOf(warnings), pairing);
    }

    private static Difference difference(VariantData.Observations variant, VariantData.Observations baseline, boolean pairable) {
        if (pairable) {
            double[][] aligned = Pairing.align(variant, baseline);
            if (aligned != null) return Difference.paired(aligned[0], aligned[1]);
        }
        return Difference.unpaired(variant.values(), baseline.values());
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

    public ComparisonRow row(String variant, String park, Metric metric, CalendarMonth date) {
        return rows.stream().filter(r -> r.variant().equals(variant) && r.park().equals(park) && r.metric() == metric
                && r.date().equals(date)).findFirst().orElse(null);
    }
}
