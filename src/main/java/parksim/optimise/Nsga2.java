package parksim.optimise;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * NSGA-II (Deb, Pratap, Agarwal &amp; Meyarivan 2002) on the unit cube, minimising every objective, asked and told a
 * generation at a time so that a generation runs as one batch: simulated binary crossover (η 15, probability 0.9),
 * polynomial mutation (η 20, probability 1/n), binary tournaments on rank then crowding distance, and elitist survival of
 * parents and offspring by non-dominated sorting. Its randomness is MASON's generator seeded once, so given the same
 * objective values it asks for the same points: a resumed search replays the same generations.
 */
public final class Nsga2 {
    private static final double ETA_CROSSOVER = 15;
    private static final double ETA_MUTATION = 20;
    private static final double P_CROSSOVER = 0.9;

    /** A point with its objectives (to minimise), its front rank (0 = non-dominated) and crowding distance. */
    public record Member(double[] x, double[] f, int rank, double crowding) {}

    private final int n;
    private final int size;
    private final MersenneTwisterFast random;
    private List<Member> population = List.of();

    public Nsga2(int dimension, int populationSize, long seed) {
        this.n = dimension;
        this.size = populationSize;
        this.random = new MersenneTwisterFast(seed);
    }

    /** The first generation: the {@code starts} given (at most a population), then stratified random points (Latin hypercube). */
    public List<double[]> first(List<double[]> starts) {
        List<double[]> xs = new ArrayList<>();
        int[][] perm = new int[n][size];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < size; k++) perm[i][k] = k;
            for (int k = size - 1; k > 0; k--) {
                int j = random.nextInt(k + 1);
                int t = perm[i][k];
                perm[i][k] = perm[i][j];
                perm[i][j] = t;
            }
        }
        for (int k = 0; k < size; k++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) x[i] = (perm[i][k] + random.nextDouble()) / size;
            xs.add(x);
        }
        for (int k = 0; k < Math.min(starts.size(), size); k++) xs.set(k, starts.get(k).clone());
        return xs;
    }

    /** The next generation's offspring, bred from the current population. */
    public List<double[]> offspring() {
        List<double[]> kids = new ArrayList<>();
        while (kids.size() < size) {
            double[] a = tournament().x().clone();
            double[] b = tournament().x().clone();
            if (random.nextDouble() < P_CROSSOVER) crossover(a, b);
            mutate(a);
            mutate(b);
            kids.add(a);
            if (kids.size() < size) kids.add(b);
        }
        return kids;
    }

    /** Tells the objectives of the points asked for; the population becomes the best {@code size} of parents and these. */
    public void tell(List<double[]> xs, List<double[]> fs) {
        List<double[]> allX = new ArrayList<>();
        List<double[]> allF = new ArrayList<>();
        for (Member m : population) {
            allX.add(m.x());
            allF.add(m.f());
        }
        allX.addAll(xs);
        allF.addAll(fs);
        population = select(allX, allF, size);
    }

    public List<Member> population() { return population; }

    /** The best {@code keep} of the points by front, then by crowding distance within the last front that fits. */
    static List<Member> select(List<double[]> xs, List<double[]> fs, int keep) {
        List<List<Integer>> fronts = fronts(fs);
        List<Member> out = new ArrayList<>();
        for (int r = 0; r < fronts.size() && out.size() < keep; r++) {
            List<Integer> front = fronts.get(r);
            double[] d = crowding(front, fs);
            List<Member> members = new ArrayList<>();
            for (int k = 0; k < front.size(); k++) members.add(new Member(xs.get(front.get(k)), fs.get(front.get(k)), r, d[k]));
            if (out.size() + members.size() > keep) members.sort(Comparator.comparingDouble(m -> -m.crowding()));
            out.addAll(members.subList(0, Math.min(members.size(), keep - out.size())));
        }
        return out;
    }

    /** Fast non-dominated sorting: the indices of the points front by front, the first non-dominated. */
    public static List<List<Integer>> fronts(List<double[]> fs) {
        int m = fs.size();
        int[] dominatedBy = new int[m];
        List<List<Integer>> dominates = new ArrayList<>();
        for (int i = 0; i < m; i++) dominates.add(new ArrayList<>());
        List<List<Integer>> fronts = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (dominates(fs.get(i), fs.get(j))) dominates.get(i).add(j);
                else if (dominates(fs.get(j), fs.get(i))) dominatedBy[i]++;
            }
            if (dominatedBy[i] == 0) current.add(i);
        }
        while (!current.isEmpty()) {
            fronts.add(current);
            List<Integer> next = new ArrayList<>();
            for (int i : current) {
                for (int j : dominates.get(i)) if (--dominatedBy[j] == 0) next.add(j);
            }
            current = next;
        }
        return fronts;
    }

    /** Whether {@code a} is no worse than {@code b} in every objective and better in one (minimising). */
    public static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) return false;
            if (a[k] < b[k]) better = true;
        }
        return better;
    }

    /** Each front member's crowding distance: the boundary points infinite, the others the normalised sides of their cuboid. */
    static double[] crowding(List<Integer> front, List<double[]> fs) {
        int size = front.size();
        double[] d = new double[size];
        int objectives = fs.get(front.get(0)).length;
        for (int k = 0; k < objectives; k++) {
            int obj = k;
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) order[i] = i;
            Arrays.sort(order, Comparator.comparingDouble(i -> fs.get(front.get(i))[obj]));
            double lo = fs.get(front.get(order[0]))[k], hi = fs.get(front.get(order[size - 1]))[k];
            d[order[0]] = d[order[size - 1]] = Double.POSITIVE_INFINITY;
            if (hi <= lo) continue;
            for (int i = 1; i < size - 1; i++) d[order[i]] += (fs.get(front.get(order[i + 1]))[k] - fs.get(front.get(order[i - 1]))[k]) / (hi - lo);
        }
        return d;
    }

    private Member tournament() {
        Member a = population.get(random.nextInt(population.size()));
        Member b = population.get(random.nextInt(population.size()));
        if (a.rank() != b.rank()) return a.rank() < b.rank() ? a : b;
        return a.crowding() >= b.crowding() ? a : b;
    }

    /** Simulated binary crossover, coordinate by coordinate with probability 1/2, within [0, 1]. */
    private void crossover(double[] a, double[] b) {
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() > 0.5 || Math.abs(a[i] - b[i]) < 1e-14) continue;
            double u = random.nextDouble();
            double beta = u <= 0.5 ? Math.pow(2 * u, 1 / (ETA_CROSSOVER + 1)) : Math.pow(1 / (2 * (1 - u)), 1 / (ETA_CROSSOVER + 1));
            double mean = (a[i] + b[i]) / 2, half = Math.abs(a[i] - b[i]) / 2;
            double lo = clamp(mean - beta * half), hi = clamp(mean + beta * half);
            boolean swap = random.nextBoolean();
            a[i] = swap ? hi : lo;
            b[i] = swap ? lo : hi;
        }
    }

    /** Polynomial mutation with probability 1/n per coordinate, within [0, 1]. */
    private void mutate(double[] x) {
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() >= 1.0 / n) continue;
            double u = random.nextDouble();
            double delta = u < 0.5 ? Math.pow(2 * u + (1 - 2 * u) * Math.pow(1 - x[i], ETA_MUTATION + 1), 1 / (ETA_MUTATION + 1)) - 1
                    : 1 - Math.pow(2 * (1 - u) + 2 * (u - 0.5) * Math.pow(x[i], ETA_MUTATION + 1), 1 / (ETA_MUTATION + 1));
            x[i] = clamp(x[i] + delta);
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
