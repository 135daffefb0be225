package parksim.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import parksim.experiment.RunResult;
import parksim.experiment.RunSpec;
import parksim.experiment.SimulationRunner;
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
 */
public final class CalibrationProblem implements AutoCloseable {
    private final TargetSet targets;
    private final List<FreeParameter> parameters;
    private final int replications;
    private final long seed;
    private final ExecutorService pool;

    public CalibrationProblem(TargetSet targets, List<FreeParameter> parameters, int replications, long seed, int threads) {
        this.targets = targets;
        this.parameters = parameters;
        this.replications = replications;
        this.seed = seed;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parksim-calibrate");
            t.setDaemon(true);
            return t;
        });
    }

    public List<FreeParameter> parameters() { return parameters; }

    public TargetSet targets() { return targets; }

    public int replications() { return replications; }

    public long seed() { return seed; }

    /** The target scenarios with the parameters set to {@code values}, cut to the last month a target needs. */
    public Map<String, Scenario> scenarios(double[] values) {
        Map<String, Scenario> out = new LinkedHashMap<>();
        for (Map.Entry<String, LoadedScenario> e : targets.scenarios().entrySet()) {
            ObjectNode tree = e.getValue().tree().deepCopy();
            for (int i = 0; i < parameters.size(); i++) {
                FreeParameter p = parameters.get(i);
                if (!p.appliesTo(e.getKey())) continue;
                JsonNode value = p.integer() ? LongNode.valueOf(Math.round(values[i])) : DoubleNode.valueOf(values[i]);
                for (String path : p.paths()) ScenarioPaths.set(tree, path, value, "parameters", p.name());
            }
            List<TargetSpec> own = targets.targetsOf(e.getKey());
            Scenario s = ScenarioLoader.bind(tree, e.getValue().file() + " with parameters " + java.util.Arrays.toString(values));
            int months = own.stream().mapToInt(t -> s.start().monthsUntil(t.lastMonth()) + 1).max().orElse(s.months());
            out.put(e.getKey(), s.with(months, null).withTargets(own));
        }
        return out;
    }

    public Evaluation evaluate(double[] values) {
        return evaluate(values, done -> { });
    }

    /** Evaluates at {@code values}, telling {@code runsDone} how many runs have finished as they finish (for progress). */
    public Evaluation evaluate(double[] values, IntConsumer runsDone) {
        Map<String, Scenario> scenarios = scenarios(values);
        List<Future<RunResult>> futures = new ArrayList<>();
        for (Scenario s : scenarios.values()) {
            for (int r = 0; r < replications; r++) {
                RunSpec spec = new RunSpec(s, "calibration", r, RunSpec.seedFor(seed, r));
                futures.add(pool.submit(() -> SimulationRunner.run(spec, null, null, null)));
            }
        }
        Map<String, double[]> simulated = new LinkedHashMap<>();
        for (TargetCase c : targets.cases()) simulated.put(c.target().id(), new double[replications]);
        double[] loss = new double[replications];
        int k = 0;
        for (Scenario s : scenarios.values()) {
            for (int r = 0; r < replications; r++) {
                RunResult result = get(futures.get(k++));
                runsDone.accept(k);
                for (TargetResult t : result.targets()) {
                    simulated.get(t.target().id())[r] = t.value();
                    loss[r] += Math.pow(miss(t.target(), t.value()), 2);
                }
            }
        }
        double mean = 0;
        for (double l : loss) mean += l / replications;
        return new Evaluation(values.clone(), mean, simulated);
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

    private static RunResult get(Future<RunResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
