package parksim.optimise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parksim.experiment.ReplicateDraws;
import parksim.experiment.Variant;

/**
 * Searches the levers for the best package at each budget: CMA-ES per budget for one objective, or NSGA-II for the front
 * of outcome against cost; races the best candidates on more common seeds; then re-runs the chosen packages, their
 * neighbours, the baseline and the hand-written packages on fresh seeds for the verdict. Every evaluation is a batch of
 * {@link Batches}; every package runs the same seeds (common random numbers), so any two are compared pairwise.
 */
public final class Optimiser {
    /** The package chosen for a budget, and its neighbours (on the front, or the runners-up of the race) that it must beat. */
    public record Recommendation(double budget, Candidate chosen, List<Candidate> neighbours) {}

    /**
     * @param search  every package evaluated in the search and the race, on the search and race seeds
     * @param fresh   the verdict's packages on the fresh seeds
     * @param front   the final front (a front search) or each budget's finalists (one objective), by cost
     * @param stops   why each search stopped
     */
    public record Result(OptimiseProblem problem, Ledger search, Ledger fresh, List<Candidate> front, List<Recommendation> recommendations,
                         List<String> stops, String baseline) {}

    private final OptimiseProblem p;
    private final Batches batches;
    private final Ledger ledger;
    private final List<Candidate> packages = new ArrayList<>();
    private final Map<String, Variant> packageVariants = new LinkedHashMap<>();
    private final List<String> stops = new ArrayList<>();

    public Optimiser(OptimiseProblem problem, Batches batches) {
        this.p = problem;
        this.batches = batches;
        this.ledger = new Ledger(robust(problem));
    }

    private static Double robust(OptimiseProblem p) {
        return p.draws() == ReplicateDraws.NONE ? null : p.spec().robustQuantile();
    }

    public Result run() {
        handWritten();
        long seed = p.spec().seed();
        int reps = p.spec().replications();
        runPackages("packages", seed, reps, ledger);
        List<List<Candidate>> finalists = p.spec().front() ? List.of(frontSearch()) : singleSearches();
        List<List<Candidate>> raced = race(finalists, seed + reps);
        List<Candidate> front = new ArrayList<>();
        List<Recommendation> recs = new ArrayList<>();
        if (p.spec().front()) {
            front.addAll(Fronts.nonDominated(raced.get(0), ledger));
            for (double b : p.spec().budget().values()) recs.add(Fronts.recommend(front, b, ledger));
        } else {
            for (int t = 0; t < raced.size(); t++) {
                List<Candidate> left = raced.get(t);
                front.addAll(left);
                recs.add(new Recommendation(p.spec().budget().values().get(t), left.get(0), List.copyOf(left.subList(1, left.size()))));
            }
            front.sort(Comparator.comparingDouble(c -> ledger.mean(c.id(), 1)));
        }
        Ledger fresh = verdict(recs);
        return new Result(p, ledger, fresh, List.copyOf(front), recs.stream().filter(r -> r.chosen() != null).toList(), List.copyOf(stops),
                packages.get(0).id());
    }

    /** The packages file's packages, the first its baseline; without one, the scenario as it is. */
    private void handWritten() {
        List<OptimiseProblem.HandWritten> hw = p.packages();
        if (hw.isEmpty()) {
            double budget = parksim.scenario.ScenarioPaths.get(p.base().tree(), p.spec().budget().path()).asDouble();
            hw = List.of(new OptimiseProblem.HandWritten("baseline", "the scenario as it is", p.base().scenario(), budget, null));
        }
        for (OptimiseProblem.HandWritten h : hw) {
            Candidate c = new Candidate(h.name(), "packages", null, null, h.budget(), h.description());
            packages.add(c);
            packageVariants.put(c.id(), new Variant(h.name(), h.description(), h.scenario(), Map.of()));
        }
    }

    private void runPackages(String batch, long seed, int reps, Ledger into) {
        double[][][] v = batches.run(batch, List.copyOf(packageVariants.values()), seed, reps);
        for (int i = 0; i < packages.size(); i++) into.add(packages.get(i), new double[][] {v[0][i], v[1][i]});
    }

    /** Evaluates searched candidates as one batch on {@code reps} seeds from {@code seed}. */
    private void evaluate(String batch, List<Candidate> cs, long seed, int reps, Ledger into) {
        if (cs.isEmpty()) return;
        List<Variant> variants = cs.stream().map(c -> p.variant(c.id(), c.values(), c.budget())).toList();
        double[][][] v = batches.run(batch, variants, seed, reps);
        for (int i = 0; i < cs.size(); i++) into.add(cs.get(i), new double[][] {v[0][i], v[1][i]});
    }

    private List<Candidate> candidates(String prefix, String batch, List<double[]> points, double budget) {
        List<Candidate> cs = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            double[] u = points.get(i);
            cs.add(new Candidate(prefix + String.format("-c%02d", i + 1), batch, u, p.values(u), p.budget(u, budget), ""));
        }
        return cs;
    }

    /** NSGA-II over the levers and the budget; its finalists are the candidates of the two best fronts. */
    private List<Candidate> frontSearch() {
        double budget = Double.NaN; // each candidate's own, from its budget lever
        SearchSpec s = p.spec().search();
        Nsga2 nsga = new Nsga2(p.dimension(), s.population(), p.spec().seed());
        for (int g = 1; g <= s.generations(); g++) {
            List<double[]> xs = g == 1 ? nsga.first(p.starts()) : nsga.offspring();
            String batch = String.format("search-g%02d", g);
            List<Candidate> cs = candidates(String.format("g%02d", g), batch, xs, budget);
            evaluate(batch, cs, p.spec().seed(), p.spec().replications(), ledger);
            nsga.tell(xs, cs.stream().map(c -> ledger.objectives(c.id())).toList());
        }
        stops.add("NSGA-II: " + s.generations() + " generations of " + s.population());
        return Fronts.nearFront(ledger.searched(), ledger, 2 * s.finalists());
    }

    /** CMA-ES for each budget; its finalists are the best candidates it evaluated. */
    private List<List<Candidate>> singleSearches() {
        List<List<Candidate>> out = new ArrayList<>();
        SearchSpec s = p.spec().search();
        for (int t = 0; t < p.spec().budget().values().size(); t++) {
            double budget = p.spec().budget().values().get(t);
            String track = "b" + (t + 1);
            List<Candidate> mine = new ArrayList<>();
            int[] generation = {0};
            CmaesSearch.Result r = CmaesSearch.run(p.start(), p.spec().seed(), s.evaluations(), points -> {
                String batch = String.format("%s-search-g%02d", track, ++generation[0]);
                List<Candidate> cs = candidates(String.format("%s-g%02d", track, generation[0]), batch, points, budget);
                evaluate(batch, cs, p.spec().seed(), p.spec().replications(), ledger);
                mine.addAll(cs);
                return cs.stream().mapToDouble(c -> -ledger.score(c.id())).toArray();
            });
            stops.add("CMA-ES at " + budget + ": " + r.stop().text() + " after " + r.points().size() + " candidates");
            mine.sort(Comparator.comparingDouble(c -> -ledger.score(c.id())));
            out.add(new ArrayList<>(Fronts.distinct(mine).subList(0, Math.min(s.finalists(), Fronts.distinct(mine).size()))));
        }
        return out;
    }

    /** Successive halving: each round, the finalists left and the hand-written packages run more common seeds. */
    private List<List<Candidate>> race(List<List<Candidate>> finalists, long firstSeed) {
        SearchSpec s = p.spec().search();
        List<List<Candidate>> left = new ArrayList<>(finalists.stream().map(l -> (List<Candidate>) new ArrayList<>(l)).toList());
        long seed = firstSeed;
        for (int round = 1; round <= Racing.rounds(s.finalists()); round++) {
            List<Candidate> all = left.stream().flatMap(List::stream).toList();
            if (!p.spec().front() && left.stream().allMatch(l -> l.size() <= 1)) break; // nothing left to race
            evaluate("race-" + round, all, seed, s.raceReplications(), ledger);
            runPackages("race-" + round + "-packages", seed, s.raceReplications(), ledger);
            seed += s.raceReplications();
            boolean last = round == Racing.rounds(s.finalists());
            for (int t = 0; t < left.size(); t++) {
                left.set(t, p.spec().front() ? Fronts.keepNearFront(left.get(t), ledger) : keepBetterHalf(left.get(t), last));
            }
        }
        return left;
    }

    /** The better half by score; in the last round the winner and the runner-up, which the verdict compares. */
    private List<Candidate> keepBetterHalf(List<Candidate> cs, boolean last) {
        List<Candidate> sorted = new ArrayList<>(cs);
        sorted.sort(Comparator.comparingDouble(c -> -ledger.score(c.id())));
        int keep = last ? Math.min(2, sorted.size()) : Math.max(Math.min(2, sorted.size()), Racing.survivors(sorted.size()));
        return new ArrayList<>(sorted.subList(0, keep));
    }

    /** The recommended packages, their neighbours and the hand-written packages on fresh seeds. */
    private Ledger verdict(List<Recommendation> recs) {
        Ledger fresh = new Ledger(robust(p));
        Map<String, Candidate> chosen = new LinkedHashMap<>();
        for (Recommendation r : recs) {
            if (r.chosen() == null) continue;
            chosen.putIfAbsent(r.chosen().id(), r.chosen());
            for (Candidate n : r.neighbours()) chosen.putIfAbsent(n.id(), n);
        }
        ValidationSpec v = p.spec().validation();
        evaluate("verdict", List.copyOf(chosen.values()), v.seed(), v.replications(), fresh);
        runPackages("verdict-packages", v.seed(), v.replications(), fresh);
        return fresh;
    }
}
