package parksim.report;

import java.util.ArrayList;
import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Metric;

/**
 * The short paragraph a report opens with: on the chosen outcome at the last compared date, the best
 * variant, its margin over the next best and over the baseline with paired 95 % CIs and Holm-adjusted
 * p-values, its extra cost, and a plain statement of how sure that is (its p_best and whether its lead
 * over the next best survives Holm's correction).
 */
public final class Verdict {
    /** p_best at or above this, with a significant lead over the next best, is called "clearly best". */
    static final double CONFIDENT = 0.95;

    /** A difference a − b oriented as asked, from whichever row of the table holds the pair. */
    record Margin(double estimate, double low, double high, double pHolm, String noTest) {
        boolean significant() { return pHolm < 0.05; }
    }

    private Verdict() {}

    /** One paragraph per park. */
    public static List<String> paragraphs(ComparisonTable table, List<Ranking.Result> rankings, VariantLabels labels, Metric outcome) {
        CalendarMonth date = table.dates().get(table.dates().size() - 1);
        List<String> out = new ArrayList<>();
        for (String park : table.parks()) {
            Ranking.Result r = rankings.stream().filter(x -> x.park().equals(park) && x.metric() == outcome && x.date().equals(date))
                    .findFirst().orElse(null);
            if (r != null) out.add(paragraph(table, r, labels));
        }
        return out;
    }

    static String paragraph(ComparisonTable table, Ranking.Result r, VariantLabels labels) {
        Metric m = r.metric();
        String park = r.park();
        CalendarMonth date = r.date();
        Ranking.Entry best = r.first();
        Ranking.Entry next = r.entries().get(1);
        String base = table.baseline();
        StringBuilder s = new StringBuilder("On ").append(Display.name(m)).append(" at ").append(date)
                .append(table.parks().size() > 1 ? " in park " + park : "").append(", ").append(labels.named(best.variant()))
                .append(" ranks first (mean ").append(Display.amount(m, best.mean())).append(").");
        Margin overNext = margin(table, best.variant(), next.variant(), park, m, date);
        s.append(" Over the next best, ").append(labels.named(next.variant())).append(": ").append(phrase(m, overNext)).append('.');
        if (!best.variant().equals(base) && !next.variant().equals(base)) {
            s.append(" Over ").append(base.equals("baseline") ? "the baseline" : "the baseline " + base).append(": ").append(phrase(m, margin(table, best.variant(), base, park, m, date))).append('.');
        }
        if (!best.variant().equals(base)) s.append(' ').append(cost(table, best.variant(), park, m, date));
        s.append(" How sure: it is best in ").append(Display.percent(best.pBest())).append(" of ")
                .append(r.paired() ? "paired " : "").append("bootstrap resamples of the runs");
        if (best.variant().equals(base)) {
            return s.append(". No variant does better than the baseline on this outcome.").toString();
        }
        if (overNext.significant() && best.pBest() >= CONFIDENT) {
            s.append(", and its lead over ").append(next.variant()).append(" is significant after Holm's correction: it is clearly the best on this outcome.");
        } else if (overNext.significant()) {
            s.append("; its lead over ").append(next.variant()).append(" is significant after Holm's correction, so it is probably, not certainly, the best.");
        } else {
            s.append("; its lead over ").append(next.variant()).append(" is not significant after Holm's correction, so these runs cannot tell the two apart")
                    .append(" on this outcome (more replications, or the cost, may decide).");
        }
        return s.toString();
    }

    private static String phrase(Metric m, Margin d) {
        if (d.noTest() != null) return Display.signedAmount(m, d.estimate()) + " (" + d.noTest() + ")";
        return Display.signedAmount(m, d.estimate()) + " (95% CI " + Display.amountInterval(m, d.low(), d.high()) + ", "
                + (d.significant() ? Display.pPhrase(d.pHolm()) + " after Holm" : "not significant after Holm, " + Display.pPhrase(d.pHolm())) + ")";
    }

    /** "It spends ¥28.3M more than baseline (95% CI …): +0.05 per ¥1M (95% CI …)", or why no ratio. */
    private static String cost(ComparisonTable table, String variant, String park, Metric m, CalendarMonth date) {
        ComparisonRow row = table.row(variant, park, m, date);
        ComparisonRow spend = table.row(variant, park, Metric.SPEND_CUM, date);
        StringBuilder s = new StringBuilder("It spends ");
        double extra = row.extraSpend();
        s.append(extra >= 0 ? Display.money(extra) + " more" : Display.money(-extra) + " less").append(" than ").append(table.baseline());
        if (spend != null && !Double.isNaN(spend.difference().ciLow())) {
            s.append(" (95% CI ").append(Display.amountInterval(Metric.SPEND_CUM, spend.difference().ciLow(), spend.difference().ciHigh())).append(')');
        }
        Ratio q = row.ratio();
        if (q != null && q.given()) {
            s.append(": ").append(Display.signedAmount(m, q.estimate())).append(" per ¥1M (95% CI ")
                    .append(Display.amountInterval(m, q.low(), q.high())).append(").");
        } else if (q != null) {
            s.append("; no effect per ¥1M is given: ").append(q.note()).append('.');
        } else {
            s.append('.');
        }
        return s.toString();
    }

    static Margin margin(ComparisonTable table, String a, String b, String park, Metric m, CalendarMonth date) {
        ComparisonRow row = table.pair(a, b, park, m, date);
        double sign = 1;
        if (row == null) {
            row = table.pair(b, a, park, m, date);
            sign = -1;
        }
        Difference d = row.difference();
        double low = sign > 0 ? d.ciLow() : -d.ciHigh();
        double high = sign > 0 ? d.ciHigh() : -d.ciLow();
        return new Margin(sign * d.estimate(), low, high, row.tPHolm(), d.noTest());
    }
}
