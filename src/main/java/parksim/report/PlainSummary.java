package parksim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import parksim.core.CalendarMonth;
import parksim.core.Metric;
import parksim.results.TargetInfo;

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

    /** The outcome metrics of the table in the order sentences name them: {@link #LEAD} first, costs left out. */
    public static List<Metric> outcomeOrder(List<Metric> metrics) {
        List<Metric> order = new ArrayList<>();
        for (Metric m : LEAD) if (metrics.contains(m)) order.add(m);
        for (Metric m : metrics) if (!order.contains(m) && !ComparisonTable.isCost(m)) order.add(m);
        return order;
    }

    public static List<String> sentences(ComparisonTable table) {
        List<String> out = new ArrayList<>();
        CalendarMonth date = table.dates().get(table.dates().size() - 1);
        List<Metric> order = outcomeOrder(table.metrics());
        for (String park : table.parks()) {
            for (String variant : table.variants()) {
                if (!variant.equals(table.baseline())) out.add(variantSentence(table, variant, park, date, order));
            }
        }
        Map<String, List<TargetRow>> byTarget = new java.util.LinkedHashMap<>();
        for (TargetRow t : table.targets()) byTarget.computeIfAbsent(t.target().id(), k -> new ArrayList<>()).add(t);
        for (List<TargetRow> rows : byTarget.values()) {
            TargetInfo info = rows.get(0).target();
            String figure = info.figure().isEmpty() || info.figure().equals(info.id()) ? "" : ", figure " + info.figure();
            String name = "Target " + info.id() + " (" + info.description() + figure + ")";
            TargetRow first = rows.get(0);
            // The same share in every variant (a target before the packages act) is said once.
            if (first.checked() > 0 && rows.stream().allMatch(r -> r.met() == first.met() && r.checked() == first.checked())) {
                out.add(name + " is met in " + Display.percent(first.probability()) + " of the runs of every variant (95% CI "
                        + Display.percent(first.low()) + " to " + Display.percent(first.high()) + ", " + first.met() + " of " + first.checked() + " runs).");
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (TargetRow r : rows) {
                parts.add(r.checked() == 0 ? r.variant() + ": not reached by its runs"
                        : r.variant() + " " + Display.percent(r.probability()) + " (95% CI " + Display.percent(r.low()) + " to "
                        + Display.percent(r.high()) + ", " + r.met() + " of " + r.checked() + " runs)");
            }
            out.add(name + " is met in " + String.join("; ", parts) + ".");
        }
        return out;
    }

    private static String variantSentence(ComparisonTable table, String variant, String park, CalendarMonth date, List<Metric> order) {
        ComparisonRow spend = table.row(variant, park, Metric.SPEND_CUM, date);
        double extra = spend != null ? spend.difference().estimate() : table.row(variant, park, table.metrics().get(0), date).extraSpend();
        StringBuilder s = new StringBuilder(variant).append(table.parks().size() > 1 ? " (park " + park + ")" : "");
        if (order.isEmpty()) {
            s.append(" spends ").append(spendPhrase(extra)).append(" than ").append(table.baseline()).append(" by ").append(date);
            if (spend != null) s.append(" (").append(evidence(spend)).append(')');
            return s.append('.').toString();
        }
        ComparisonRow lead = table.row(variant, park, order.get(0), date);
        s.append(' ').append(change(lead)).append(" by ").append(date).append(" (").append(evidence(lead)).append(") at ")
                .append(spendPhrase(extra)).append(" incentive spend");
        if (spend != null && !Double.isNaN(spend.difference().ciLow())) {
            s.append(" (95% CI ").append(Display.amountInterval(Metric.SPEND_CUM, spend.difference().ciLow(), spend.difference().ciHigh())).append(')');
        }
        s.append(", compared with ").append(table.baseline()).append('.');
        List<String> others = new ArrayList<>();
        for (Metric m : order.subList(1, order.size())) {
            ComparisonRow r = table.row(variant, park, m, date);
            others.add(Display.name(m) + " " + Display.signedAmount(m, r.difference().estimate()) + " (" + evidence(r) + ")");
        }
        if (!others.isEmpty()) s.append(" Also: ").append(String.join("; ", others)).append('.');
        return s.append(perMillion(table, variant, park, date, order, extra)).toString();
    }

    /** " Per ¥1M of extra spend: +0.05 signed tenants (95% CI 0.01 to 0.09)", or why no ratio is given. */
    private static String perMillion(ComparisonTable table, String variant, String park, CalendarMonth date, List<Metric> order,
                                     double extra) {
        // Spending less turns "per ¥1M more" into "per ¥1M saved", with the signs flipped to match.
        double direction = extra < 0 ? -1 : 1;
        List<String> given = new ArrayList<>();
        String why = null;
        for (Metric m : order) {
            Ratio q = table.row(variant, park, m, date).ratio();
            if (q == null) continue;
            if (!q.given()) {
                why = why == null ? q.note() : why;
                continue;
            }
            double low = direction > 0 ? q.low() : -q.high();
            double high = direction > 0 ? q.high() : -q.low();
            given.add(Display.signedAmount(m, direction * q.estimate()) + " " + noun(m) + " (95% CI "
                    + Display.amountInterval(m, low, high) + ")");
        }
        if (!given.isEmpty()) return (extra < 0 ? " Per ¥1M of spend saved: " : " Per ¥1M of extra spend: ") + String.join(", ", given) + ".";
        return why == null ? "" : " No effect per ¥1M is given: " + why + ", so a ratio would be noise divided by almost nothing.";
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
        if (r.significant()) return ci + ", " + Display.pPhrase(r.tPHolm()) + " after Holm";
        // An unadjusted CI that excludes 0 with a Holm p above 0.05 is not a contradiction: say which is which.
        boolean ciExcludesZero = d.ciLow() > 0 || d.ciHigh() < 0;
        return ci + (ciExcludesZero ? ", unadjusted; not significant after Holm's correction for multiple comparisons, "
                : ", not significant: ") + Display.pPhrase(r.tPHolm()) + (ciExcludesZero ? "" : " after Holm");
    }

    private static String spendPhrase(double extra) {
        return extra >= 0 ? Display.money(extra) + " extra" : Display.money(-extra) + " less";
    }

    private static String noun(Metric m) {
        return NOUNS.getOrDefault(m, m.unit() == Metric.Unit.MONEY ? "of " + Display.name(m) : Display.name(m));
    }
}
