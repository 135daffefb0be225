package parksim.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import parksim.core.CalendarMonth;
import parksim.experiment.ReplicateDraws;
import parksim.experiment.RunResult;
import parksim.experiment.RunSpec;
import parksim.experiment.SimulationRunner;
import parksim.observe.ParkMonth;
import parksim.observe.TargetResult;
import parksim.scenario.LoadedScenario;
import parksim.scenario.Scenario;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.ScenarioPaths;
import parksim.scenario.TargetSpec;

/**
 * The calibration objective: set the free parameters in every target scenario, run each scenario R
 * times with the same seeds at every evaluation (common random numbers, so that differences between
 * points are not noise), and score how far the simulated values fall from the observed ones.
 *
 * <p>A target's miss is scaled by its tolerance (or a tenth of its value if it has none): an
 * {@code equals} target scores {@code (simulated − observed) / scale}, an {@code atLeast} target only a
 * shortfall, an {@code atMost} target only an excess. The objective is the mean over replications of
 * the sum over targets of the squared scaled misses.
 *
 * <p>Views of a problem ({@link #only}, {@link #fixing}, {@link #withDraws}) share its thread pool;
 * only the problem made by the constructor closes it.
 */
public final class CalibrationProblem implements AutoCloseable {
    private final TargetSet targets;
    private final List<FreeParameter> all;
    private final double[] fixed;
    private final int replications;
    private final long seed;
    private final ExecutorService pool;
    private final boolean ownsPool;
    private final ReplicateDraws draws;
    /** Simulations run by this problem and its views, for the speed the command reports. */
    private final AtomicLong runs;

    public CalibrationProblem(TargetSet targets, List<FreeParameter> parameters, int replications, long seed, int threads) {
        this(targets, parameters, nan(parameters.size()), replications, seed, Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parksim-calibrate");
            t.setDaemon(true);
            return t;
        }), true, ReplicateDraws.NONE, new AtomicLong());
    }

    private CalibrationProblem(TargetSet targets, List<FreeParameter> all, double[] fixed, int replications, long seed,
                               ExecutorService pool, boolean ownsPool, ReplicateDraws draws, AtomicLong runs) {
        this.targets = targets;
        this.all = List.copyOf(all);
        this.fixed = fixed;
        this.replications = replications;
        this.seed = seed;
        this.pool = pool;
        this.ownsPool = ownsPool;
        this.draws = draws;
        this.runs = runs;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** The same problem on the targets {@code keep} accepts (and only the scenarios they need). */
    public CalibrationProblem only(java.util.function.Predicate<TargetCase> keep) {
        return new CalibrationProblem(targets.only(keep), all, fixed, replications, seed, pool, false, draws, runs);
    }

    /** The same problem with the free parameter {@code name} held at {@code value} (for a profile). */
    public CalibrationProblem fixing(String name, double value) {
        double[] f = fixed.clone();
        for (int i = 0; i < all.size(); i++) if (all.get(i).name().equals(name)) f[i] = value;
        return new CalibrationProblem(targets, all, f, replications, seed, pool, false, draws, runs);
    }

    /** The same problem on other seeds. */
    public CalibrationProblem withSeed(long newSeed, int newReplications) {
        return new CalibrationProblem(targets, all, fixed, newReplications, newSeed, pool, false, draws, runs);
    }

    /** The same problem with each replicate's parameters drawn from a posterior (after the free parameters are set). */
    public CalibrationProblem withDraws(ReplicateDraws d) {
        return new CalibrationProblem(targets, all, fixed, replications, seed, pool, false, d, runs);
    }

    /** The parameters still free (all but the fixed ones), in the order of the parameters file. */
    public List<FreeParameter> parameters() {
        List<FreeParameter> free = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) if (Double.isNaN(fixed[i])) free.add(all.get(i));
        return free;
    }

    public TargetSet targets() { return targets; }

    public int replications() { return replications; }

    public long seed() { return seed; }

    /** The values of every parameter, from the free ones' values and the fixed ones. */
    public double[] fullValues(double[] free) {
        double[] v = fixed.clone();
        int k = 0;
        for (int i = 0; i < v.length; i++) if (Double.isNaN(v[i])) v[i] = free[k++];
        if (k != free.length) throw new IllegalArgumentException("expected " + k + " free values, got " + free.length);
        return v;
    }

    /** The target scenarios with the parameters set to {@code free} (and the fixed ones), cut to the last month a target needs. */
    public Map<String, Scenario> scenarios(double[] free) {
        double[] values = fullValues(free);
        Map<String, Scenario> out = new LinkedHashMap<>();
        for (Map.Entry<String, LoadedScenario> e : targets.scenarios().entrySet()) {
            ObjectNode tree = e.getValue().tree().deepCopy();
            for (int i = 0; i < all.size(); i++) {
                FreeParameter p = all.get(i);
                if (!p.appliesTo(e.getKey())) continue;
                JsonNode value = p.integer() ? LongNode.valueOf(Math.round(values[i])) : DoubleNode.valueOf(values[i]);
                for (String path : p.paths()) ScenarioPaths.set(tree, path, value, "parameters", p.name());
            }
            List<TargetSpec> own = targets.targetsOf(e.getKey());
            Scenario s = ScenarioLoader.bind(tree, e.getValue().file() + " with parameters " + Arrays.toString(values));
            int months = own.stream().mapToInt(t -> s.start().monthsUntil(t.lastMonth()) + 1).max().orElse(s.months());
            out.put(e.getKey(), s.with(months, null).withTargets(own));
        }
        return out;
    }

    /** The objective and every target's simulated values at the free parameters' values {@code free}. */
    public Evaluation evaluate(double[] free) {
        return evaluate(free, done -> { });
    }

    /** Evaluates at {@code free}, telling {@code runsDone} how many runs have finished as they finish (for progress). */
    public Evaluation evaluate(double[] free, IntConsumer runsDone) {
        Map<String, Scenario> scenarios = scenarios(free);
        Map<String, List<Future<double[]>>> futures = new LinkedHashMap<>();
        for (Map.Entry<String, Scenario> e : scenarios.entrySet()) {
            List<TargetCase> cases = targets.cases().stream().filter(c -> c.scenario().equals(e.getKey())).toList();
            List<Future<double[]>> list = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                long s = RunSpec.seedFor(seed, r);
                Scenario drawn = draws.apply(e.getValue(), s);
                list.add(pool.submit(() -> {
                    runs.incrementAndGet();
                    return simulate(new RunSpec(drawn, "calibration", 0, s), cases);
                }));
            }
            futures.put(e.getKey(), list);
        }
        Map<String, double[]> simulated = new LinkedHashMap<>();
        for (TargetCase c : targets.cases()) simulated.put(c.id(), new double[replications]);
        double[] loss = new double[replications];
        int done = 0;
        for (Map.Entry<String, List<Future<double[]>>> e : futures.entrySet()) {
            List<TargetCase> cases = targets.cases().stream().filter(c -> c.scenario().equals(e.getKey())).toList();
            for (int r = 0; r < replications; r++) {
                double[] values = get(e.getValue().get(r));
                runsDone.accept(++done);
                for (int k = 0; k < cases.size(); k++) {
                    simulated.get(cases.get(k).id())[r] = values[k];
                    loss[r] += Math.pow(miss(cases.get(k).target(), values[k]), 2);
                }
            }
        }
        double mean = 0;
        for (double l : loss) mean += l / replications;
        return new Evaluation(free.clone(), mean, simulated);
    }

    /** One run's value of each of {@code cases}, in order; a ratio target divides by its denominator at the target's last month. */
    private static double[] simulate(RunSpec spec, List<TargetCase> cases) {
        Map<String, ParkMonth> wanted = new HashMap<>();
        for (TargetCase c : cases) if (c.per() != null) wanted.put(key(c.park(), c.target().lastMonth()), null);
        Consumer<ParkMonth> rows = wanted.isEmpty() ? null : m -> {
            String k = key(m.park(), m.date());
            if (wanted.containsKey(k)) wanted.put(k, m);
        };
        RunResult result = SimulationRunner.run(spec, null, rows, null);
        Map<String, TargetResult> byId = new HashMap<>();
        for (TargetResult t : result.targets()) byId.put(t.target().id(), t);
        double[] out = new double[cases.size()];
        for (int k = 0; k < cases.size(); k++) {
            TargetCase c = cases.get(k);
            double v = byId.get(c.id()).value();
            if (c.per() != null) {
                double d = wanted.get(key(c.park(), c.target().lastMonth())).get(c.per());
                v = d > 0 ? v / d : 0;
            }
            out[k] = v;
        }
        return out;
    }

    private static String key(String park, CalendarMonth month) {
        return park + "@" + month;
    }

    /** How far a simulated value misses its target, in units of the target's tolerance. */
    static double miss(TargetSpec t, double simulated) {
        double scale = t.tolerance() > 0 ? t.tolerance() : Math.max(Math.abs(t.value()) * 0.1, 1e-9);
        double d = (simulated - t.value()) / scale;
        return switch (t.comparison()) {
            case EQUALS -> d;
            case AT_LEAST -> Math.min(0, d);
            case AT_MOST -> Math.max(0, d);
        };
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    /** Simulations run so far by this problem and every view of it. */
    public long runs() { return runs.get(); }

    @Override
    public void close() {
        if (ownsPool) pool.shutdownNow();
    }
}
