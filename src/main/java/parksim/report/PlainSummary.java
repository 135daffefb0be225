package parksim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import parksim.core.CalendarMonth;
import parksim.core.Metric;

/**
 * The comparison in plain words, for the top of the report and the terminal: for each variant, what
 * it changes at the last compared date, with 95 % CI and Holm-adjusted p, and at what extra incentive
 * spend, e.g. "pkg-b adds 6.2 signed tenants by 2030-12 (95% CI 3.1 to 9.3, p &lt; 0.01 after Holm) at ¥41M
 * extra incentive spend"; then how often each variant meets each target.
 */
public final class PlainSummary {
    /** The metric a variant's sentence leads with, if compared: tenants first, as analysts ask about them first. */
    private static final List<Metric> LEAD = List.of(Metric.TENANTS_SIGNED_CUM, Metric.TENANTS_OPEN, Metric.OUTPUT_12M, Metric.EMPLOYMENT);
    private static final Map<Metric, String> NOUNS = Map.of(
            Metric.TENANTS_SIGNED_CUM, "signed tenants",
            Metric.TENANTS_OPEN, "open tenants",
            Metric.EMPLOYMENT, "jobs",
            Metric.LISTED, "listed tenants",
            Metric.OPERATING, "operating tenants");

    private PlainSummary() {}

    public static List<String> sentences(ComparisonTable table) {
        List<String> out = new ArrayList<>();
        CalendarMonth date = table.dates().get(table.dates().size() - 1);
        List<Metric> order = new ArrayList<>();
        for (Metric m : LEAD) if (table.metrics().contains(m)) order.add(m);
        for (Metric m : table.metrics()) if (!order.contains(m) && m != Metric.SPEND_CUM) order.add(m);
        boolean manyParks = table.parks().size() > 1;
        for (String park : table.parks()) {
            for (String variant : table.variants()) {
                if (variant.equals(table.baseline())) continue;
                ComparisonRow spend = table.row(variant, park, Metric.SPEND_CUM, date);
                double extra = spend != null ? spend.difference().estimate() : table.row(variant, park, table.metrics().get(0), date).extraSpend();
                StringBuilder s = new StringBuilder();
                s.append(variant).append(manyParks ? " (park " + park + ")" : "");
                if (order.isEmpty()) {
                    s.append(" spends ").append(spendPhrase(extra)).append(" than ").append(table.baseline()).append(" by ").append(date);
                    if (spend != null) s.append(" (").append(evidence(spend)).append(')');
                    out.add(s.append('.').toString());
                    continue;
                }
                ComparisonRow lead = table.row(variant, park, order.get(0), date);
                s.append(' ').append(change(lead)).append(" by ").append(date).append(" (").append(evidence(lead)).append(") at ")
                        .append(Math.abs(extra) < ComparisonTable.MIN_EXTRA_SPEND ? "about the same incentive spend" : spendPhrase(extra) + " incentive spend");
                if (spend != null && Math.abs(extra) >= ComparisonTable.MIN_EXTRA_SPEND && !Double.isNaN(spend.difference().ciLow())) {
                    s.append(" (95% CI ").append(Display.amountInterval(Metric.SPEND_CUM, spend.difference().ciLow(), spend.difference().ciHigh())).append(')');
                }
                s.append(", compared with ").append(table.baseline()).append('.');
                List<String> others = new ArrayList<>();
                for (Metric m : order.subList(1, order.size())) {
                    ComparisonRow r = table.row(variant, park, m, date);
                    others.add(Display.name(m) + " " + Display.signedAmount(m, r.difference().estimate()) + " (" + evidence(r) + ")");
                }
                if (!others.isEmpty()) s.append(" Also: ").append(String.join("; ", others)).append('.');
                // Spending less turns "per ¥1M more" into "per ¥1M saved", with the sign flipped to match.
                double direction = extra < 0 ? -1 : 1;
                List<String> perMillion = new ArrayList<>();
                for (Metric m : order) {
                    ComparisonRow r = table.row(variant, park, m, date);
                    if (!Double.isNaN(r.perExtraMillion())) perMillion.add(Display.signedAmount(m, direction * r.perExtraMillion()) + " " + noun(m));
                }
                if (!perMillion.isEmpty()) {
                    s.append(extra < 0 ? " Per ¥1M of spend saved: " : " Per ¥1M of extra spend: ").append(String.join(", ", perMillion)).append('.');
                }
                out.add(s.toString());
            }
        }
        Map<String, List<TargetRow>> byTarget = new java.util.LinkedHashMap<>();
        for (TargetRow t : table.targets()) byTarget.computeIfAbsent(t.target().id(), k -> new ArrayList<>()).add(t);
        for (List<TargetRow> rows : byTarget.values()) {
            TargetInfo info = rows.get(0).target();
            List<String> parts = new ArrayList<>();
            for (TargetRow r : rows) {
                parts.add(r.checked() == 0 ? r.variant() + ": not reached by its runs"
                        : r.variant() + " " + Display.percent(r.probability()) + " (95% CI " + Display.percent(r.low()) + " to "
                        + Display.percent(r.high()) + ", " + r.met() + " of " + r.checked() + " runs)");
            }
            String figure = info.figure().isEmpty() ? "" : ", figure " + info.figure();
            out.add("Target " + info.id() + " (" + info.description() + figure + ") is met in " + String.join("; ", parts) + ".");
        }
        return out;
    }

    /** "adds 6.2 signed tenants", "raises output, last 12 months by ¥120M", "has 2 fewer jobs". */
    static String change(ComparisonRow r) {
        Metric m = r.metric();
        double d = r.difference().estimate();
        String size = Display.amount(m, Math.abs(d));
        if (NOUNS.containsKey(m)) {
            return d > 0 ? "adds " + size + " " + NOUNS.get(m) : d < 0 ? "has " + size + " fewer " + NOUNS.get(m) : "has as many " + NOUNS.get(m);
        }
        return d > 0 ? "raises " + Display.name(m) + " by " + size : d < 0 ? "lowers " + Display.name(m) + " by " + size
                : "does not change " + Display.name(m);
    }

    /** The uncertainty of a difference: "95% CI 3.1 to 9.3, p &lt; 0.01 after Holm", or why there is no test. */
    static String evidence(ComparisonRow r) {
        Difference d = r.difference();
        if (d.noTest() != null) return d.noTest() + ", so no test";
        String ci = "95% CI " + Display.amountInterval(r.metric(), d.ciLow(), d.ciHigh());
        return r.significant() ? ci + ", " + Display.pPhrase(r.tPHolm()) + " after Holm"
                : ci + ", not significant: " + Display.pPhrase(r.tPHolm()) + " after Holm";
    }

    private static String spendPhrase(double extra) {
        return extra >= 0 ? Display.money(extra) + " extra" : Display.money(-extra) + " less";
    }

    private static String noun(Metric m) {
        return NOUNS.getOrDefault(m, m.unit() == Metric.Unit.MONEY ? "of " + Display.name(m) : Display.name(m));
    }
}
