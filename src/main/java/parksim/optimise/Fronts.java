package parksim.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The front of outcome against cost among evaluated packages, and the package it recommends at a budget. */
final class Fronts {
    private Fronts() {}

    /** The packages with distinct lever values, the first of each kept (NSGA-II may breed the same package twice). */
    static List<Candidate> distinct(List<Candidate> cs) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) if (out.stream().noneMatch(o -> Arrays.equals(o.values(), c.values()))) out.add(c);
        return out;
    }

    private static List<double[]> objectives(List<Candidate> cs, Ledger ledger) {
        return cs.stream().map(c -> ledger.objectives(c.id())).toList();
    }

    /** The non-dominated packages (higher score, lower mean cost), by cost. */
    static List<Candidate> nonDominated(List<Candidate> cs, Ledger ledger) {
        List<Candidate> d = distinct(cs);
        List<Candidate> out = new ArrayList<>(Nsga2.fronts(objectives(d, ledger)).get(0).stream().map(d::get).toList());
        out.sort(Comparator.comparingDouble(c -> ledger.mean(c.id(), 1)));
        return out;
    }

    /** The packages of the two best fronts, at most {@code cap}, the first front first and the most isolated first within a front. */
    static List<Candidate> nearFront(List<Candidate> cs, Ledger ledger, int cap) {
        List<Candidate> d = distinct(cs);
        List<Nsga2.Member> ranked = Nsga2.select(d.stream().map(c -> new double[] {d.indexOf(c)}).toList(), objectives(d, ledger), d.size());
        List<Nsga2.Member> sorted = new ArrayList<>(ranked);
        sorted.sort(Comparator.comparingInt(Nsga2.Member::rank).thenComparingDouble(m -> -m.crowding()));
        List<Candidate> out = new ArrayList<>();
        for (Nsga2.Member m : sorted) if (m.rank() <= 1 && out.size() < cap) out.add(d.get((int) m.x()[0]));
        return out;
    }

    /** After a race round: the non-dominated packages, and as many more of the next fronts as make up half of them. */
    static List<Candidate> keepNearFront(List<Candidate> cs, Ledger ledger) {
        List<Nsga2.Member> ranked = Nsga2.select(cs.stream().map(c -> new double[] {cs.indexOf(c)}).toList(), objectives(cs, ledger), cs.size());
        int keep = Racing.survivors(cs.size());
        List<Candidate> out = new ArrayList<>();
        for (Nsga2.Member m : ranked) if (m.rank() == 0 || out.size() < keep) out.add(cs.get((int) m.x()[0]));
        return out;
    }

    /**
     * The front's best package run with at most the budget (null if none is), and its neighbours: the two next best
     * front packages within the budget, which it must beat to be worth choosing over them.
     */
    static Optimiser.Recommendation recommend(List<Candidate> front, double budget, Ledger ledger) {
        List<Candidate> within = new ArrayList<>(front.stream().filter(c -> c.budget() <= budget * (1 + 1e-9)).toList());
        if (within.isEmpty()) return new Optimiser.Recommendation(budget, null, List.of());
        within.sort(Comparator.comparingDouble(c -> -ledger.score(c.id())));
        return new Optimiser.Recommendation(budget, within.get(0), List.copyOf(within.subList(1, Math.min(3, within.size()))));
    }
}
