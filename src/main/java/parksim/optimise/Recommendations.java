package parksim.optimise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import parksim.core.Fmt;
import parksim.report.Difference;
import parksim.sensitivity.study.OutputSpec;

/**
 * The recommendation in words, budget by budget (Markdown, which reads as plain text too): which package to fund, what
 * it buys over the baseline and over the best hand-written package within the budget on fresh seeds, and how sure.
 */
public final class Recommendations {
    private Recommendations() {}

    public static String markdown(Optimiser.Result r, List<Verdict> verdicts) {
        OptimiseProblem p = r.problem();
        OutputSpec out = p.outputs().get(0);
        String what = out.metric() + " at " + out.park() + " by " + out.date();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Optimisation %s: %s. %s over %d lever(s); every candidate on the same %d seeds from %d%s; "
                        + "verdict on %d fresh seeds from %d.%n%n", p.spec().name(), p.spec().front() ? "the front of " + what + " against " + p.outputs().get(1).metric()
                        : "the best " + what + " at each budget", p.spec().front() ? "NSGA-II" : "CMA-ES", p.levers().size(), p.spec().replications(),
                p.spec().seed(), r.search().robust() ? ", judged by the " + Fmt.number(100 * r.search().robustQuantile()) + " % quantile of its runs across posterior draws" : "",
                p.spec().validation().replications(), p.spec().validation().seed()));
        for (double b : p.spec().budget().values()) {
            Verdict v = verdicts.stream().filter(x -> x.budget() == b).findFirst().orElse(null);
            s.append(v == null ? String.format(Locale.ROOT, "- **At ¥%sM**: no package on the front runs with this budget or less.%n", money(b)) : paragraph(v, r, what));
        }
        return s.toString();
    }

    private static String paragraph(Verdict v, Optimiser.Result r, String what) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "- **At ¥%sM, fund `%s`**: %s. On the fresh seeds it reaches %s %s [95%% CI %s, %s], spending ¥%sM; ",
                money(v.budget()), v.chosen().id(), levers(v.chosen(), r.problem()), what, round(v.outcome().mean()), round(v.outcome().ciLow()),
                round(v.outcome().ciHigh()), money(v.cost().mean())));
        s.append(String.format(Locale.ROOT, "it %s the baseline `%s` by %s. ", Verdict.word(v.overBaseline()), r.baseline(), diff(v.overBaseline())));
        if (v.best() != null && !v.best().equals(r.baseline())) {
            s.append(String.format(Locale.ROOT, "Over the best hand-written package within the budget, `%s`: %s, so it %s it. ", v.best(),
                    diff(v.overEach().get(v.best())), Verdict.word(v.overEach().get(v.best()))));
        }
        List<String> each = new ArrayList<>();
        v.overEach().forEach((name, d) -> each.add("`" + name + "` " + diff(d) + " (" + Verdict.word(d) + ")"));
        if (each.size() > 1) s.append("Against each hand-written package within the budget: ").append(String.join(", ", each)).append(". ");
        s.append(String.format(Locale.ROOT, "p_best %s among %s: %s. ", Fmt.share(v.pBest()), v.contenders(), sureness(v.pBest(), v.contenders().size())));
        List<String> short_ = new ArrayList<>();
        for (Map.Entry<String, Difference> e : v.overEach().entrySet()) if (Verdict.word(e.getValue()).equals("falls short of")) short_.add(e.getKey());
        s.append(v.holds() ? "It beats or ties every hand-written package within the budget.\n"
                : "It falls short of " + short_ + " on the fresh seeds: the search's seeds favoured it more than fresh ones do (a winner's curse), "
                + "or the packages use instruments or settings outside the levers searched.\n");
        return s.toString();
    }

    static String sureness(double pBest, int contenders) {
        if (pBest >= 0.8) return "fairly sure it is the best of these";
        if (pBest >= 1.5 / contenders) return "more likely than not better than its neighbours, but not sure";
        return "not sure: its neighbours do about as well, so the choice among them can rest on other grounds";
    }

    static String levers(Candidate c, OptimiseProblem p) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < p.levers().size(); i++) parts.add(p.levers().get(i).name() + " " + Fmt.number(round(c.values()[i])));
        if (p.spec().front()) parts.add("budget ¥" + money(c.budget()) + "M");
        return String.join(", ", parts);
    }

    static String diff(Difference d) {
        return (d.estimate() >= 0 ? "+" : "") + Fmt.number(round(d.estimate())) + " [" + Fmt.number(round(d.ciLow())) + ", " + Fmt.number(round(d.ciHigh())) + "]";
    }

    static String money(double cny) {
        return Fmt.number(round(cny / 1e6));
    }

    static double round(double v) {
        return Double.isFinite(v) && v != 0 ? Double.parseDouble(String.format(Locale.ROOT, "%.3g", v)) : v;
    }
}
