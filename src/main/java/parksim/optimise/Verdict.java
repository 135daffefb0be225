package parksim.optimise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parksim.report.Difference;
import parksim.report.Ranking;
import parksim.report.Sample;

/**
 * What the package recommended at a budget buys, judged on fresh seeds: its outcome, its paired difference from the
 * baseline and from every hand-written package within the budget, and {@code p_best}, its share of paired bootstrap
 * resamples in which it beats its neighbours on the front (or the race's runner-up) and the best hand-written package.
 *
 * @param overEach  the difference from each hand-written package whose budget is within this one, by name
 * @param best      the hand-written package within the budget with the best outcome on the fresh seeds
 * @param contenders the packages {@code pBest} is taken over, the recommended first
 */
public record Verdict(double budget, Candidate chosen, Sample outcome, Sample cost, Difference overBaseline,
                      Map<String, Difference> overEach, String best, List<String> contenders, double pBest) {

    /** How a paired difference reads: beats (interval above 0), ties (it spans 0) or falls short (below 0). */
    public static String word(Difference d) {
        if (Double.isNaN(d.ciLow())) return d.estimate() > 0 ? "beats" : d.estimate() < 0 ? "falls short of" : "ties with";
        return d.ciLow() > 0 ? "beats" : d.ciHigh() < 0 ? "falls short of" : "ties with";
    }

    /** Whether the recommended package beats or ties every hand-written package within the budget. */
    public boolean holds() {
        return overEach.values().stream().noneMatch(d -> word(d).equals("falls short of"));
    }

    public static Verdict of(Optimiser.Recommendation r, Optimiser.Result result) {
        Ledger fresh = result.fresh();
        String id = r.chosen().id();
        double[] mine = fresh.runs(id, 0);
        Map<String, Difference> each = new LinkedHashMap<>();
        String best = null;
        for (Candidate c : fresh.all()) {
            if (!c.handWritten() || c.budget() > r.budget() * (1 + 1e-9)) continue;
            each.put(c.id(), Difference.paired(mine, fresh.runs(c.id(), 0)));
            if (best == null || fresh.score(c.id()) > fresh.score(best)) best = c.id();
        }
        List<String> contenders = new ArrayList<>(List.of(id));
        r.neighbours().forEach(n -> contenders.add(n.id()));
        if (best != null) contenders.add(best);
        double[][] samples = contenders.stream().map(c -> fresh.runs(c, 0)).toArray(double[][]::new);
        double pBest = Ranking.pBest(samples)[0];
        return new Verdict(r.budget(), r.chosen(), Sample.of(mine), Sample.of(fresh.runs(id, 1)),
                Difference.paired(mine, fresh.runs(result.baseline(), 0)), each, best, List.copyOf(contenders), pBest);
    }
}
