package parksim.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import parksim.core.Fmt;
import parksim.core.InputException;
import parksim.experiment.ReplicateDraws;
import parksim.results.CsvInput;
import parksim.scenario.Scenario;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.ScenarioPaths;
import parksim.scenario.StrictJson;

/**
 * An approximate posterior sample of the free parameters: a CSV with one row per draw, one column per
 * parameter of a parameters file (named as there) and an optional {@code weight} column.
 *
 * <p>Replicate with seed s draws one row, with probability proportional to its weight, from a
 * MersenneTwisterFast stream of its own seeded by s: the same seed draws the same row in {@code run},
 * {@code sweep} and {@code check-targets}, whatever the thread count. A parameter is set at each of its
 * paths that the scenario has (a park-specific path is skipped in a scenario without that park), in
 * scenarios its {@code scenarios} list names (every scenario when it names none).
 */
public final class Posterior implements ReplicateDraws {
    public static final String WEIGHT = "weight";
    /** Mixed into the seed so that the draw's stream differs from the simulation's own streams. */
    private static final int STREAM = 0x706f7374;

    private final Path file;
    private final List<FreeParameter> parameters;
    private final double[][] draws;
    private final double[] cumulative;
    private final String fingerprint;

    private Posterior(Path file, List<FreeParameter> parameters, double[][] draws, double[] weights) {
        this.file = file;
        this.parameters = parameters;
        this.draws = draws;
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) cumulative[i] = sum += weights[i];
        StringBuilder sb = new StringBuilder();
        for (double[] d : draws) for (double v : d) sb.append(v).append(',');
        for (double w : weights) sb.append(w).append(';');
        this.fingerprint = Integer.toHexString(sb.toString().hashCode());
    }

    /** Reads a posterior CSV whose columns are the parameters of {@code params}; every problem names the file, line and column. */
    public static Posterior load(Path csv, List<FreeParameter> params) {
        try (CsvInput in = CsvInput.open(csv)) {
            Map<String, FreeParameter> byName = new HashMap<>();
            for (FreeParameter p : params) byName.put(p.name(), p);
            List<String> header = in.header();
            for (int c = 0; c < header.size(); c++) {
                if (!header.get(c).equals(WEIGHT) && !byName.containsKey(header.get(c))) {
                    throw new InputException(csv.toString(), "line 1, column " + (c + 1), "a parameter of the parameters file "
                            + params.stream().map(FreeParameter::name).toList() + " or \"" + WEIGHT + "\"", "\"" + header.get(c) + "\"");
                }
            }
            int[] columns = new int[params.size()];
            for (int i = 0; i < params.size(); i++) columns[i] = in.column(params.get(i).name(), "a value of every parameter in each draw");
            int weightColumn = in.has(WEIGHT) ? in.column(WEIGHT, "") : -1;
            List<double[]> rows = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (CsvInput.Row row : in) {
                double[] d = new double[params.size()];
                for (int i = 0; i < d.length; i++) d[i] = value(row, columns[i], params.get(i));
                rows.add(d);
                weights.add(weightColumn < 0 ? 1.0 : weight(row, weightColumn));
            }
            if (rows.isEmpty()) throw in.noRows();
            if (weights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                throw new InputException(csv.toString(), "column " + (weightColumn + 1) + " (" + WEIGHT + ")", "at least one positive weight", "only zeros");
            }
            return new Posterior(csv, List.copyOf(params), rows.toArray(new double[0][]), weights.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    private static double value(CsvInput.Row row, int column, FreeParameter p) {
        double v = row.number(column);
        if (v < p.min() || v > p.max()) {
            throw row.bad(column, "a value within the parameter's bounds [" + Fmt.number(p.min()) + ", " + Fmt.number(p.max()) + "]", Fmt.number(v));
        }
        if (p.integer() && v != Math.rint(v)) throw row.bad(column, "a whole number (the parameter is an integer)", Fmt.number(v));
        return v;
    }

    private static double weight(CsvInput.Row row, int column) {
        double w = row.number(column);
        if (w < 0) throw row.bad(column, "a weight >= 0", Fmt.number(w));
        return w;
    }

    public Path file() { return file; }

    public List<FreeParameter> parameters() { return parameters; }

    public int size() { return draws.length; }

    /** The values of draw {@code index} (0-based), in the order of the parameters file. */
    public double[] draw(int index) { return draws[index].clone(); }

    /** The (0-based) draw that the replicate running with {@code seed} uses. */
    public int indexFor(long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), STREAM});
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) if (u < cumulative[i]) return i;
        return cumulative.length - 1;
    }

    /** Which of the parameters apply to a scenario: those whose scenario list allows it and that have a path in it. */
    public List<String> applicableTo(Scenario scenario) {
        JsonNode tree = StrictJson.mapper().valueToTree(scenario);
        List<String> names = new ArrayList<>();
        for (FreeParameter p : parameters) if (!paths(p, scenario.name(), tree).isEmpty()) names.add(p.name());
        return names;
    }

    private static List<String> paths(FreeParameter p, String scenario, JsonNode tree) {
        if (!p.appliesTo(scenario)) return List.of();
        return p.paths().stream().filter(path -> exists(tree, path)).toList();
    }

    private static boolean exists(JsonNode tree, String path) {
        try {
            return ScenarioPaths.getAll(tree, path).stream().anyMatch(JsonNode::isNumber);
        } catch (InputException e) {
            return false;
        }
    }

    @Override
    public Scenario apply(Scenario scenario, long seed) {
        double[] values = draws[indexFor(seed)];
        ObjectNode tree = StrictJson.mapper().valueToTree(scenario);
        for (int i = 0; i < parameters.size(); i++) {
            FreeParameter p = parameters.get(i);
            JsonNode value = p.integer() ? LongNode.valueOf(Math.round(values[i])) : DoubleNode.valueOf(values[i]);
            for (String path : paths(p, scenario.name(), tree)) ScenarioPaths.set(tree, path, value, file.toString(), p.name());
        }
        return ScenarioLoader.bind(tree, scenario.name() + " with posterior draw " + (indexFor(seed) + 1) + " of " + file);
    }

    @Override
    public List<String> columns() {
        List<String> c = new ArrayList<>(List.of("posterior_draw"));
        for (FreeParameter p : parameters) c.add("posterior:" + p.name());
        return c;
    }

    @Override
    public List<String> values(long seed) {
        int index = indexFor(seed);
        List<String> v = new ArrayList<>(List.of(Integer.toString(index + 1)));
        for (double x : draws[index]) v.add(Double.toString(x));
        return v;
    }

    @Override
    public String fingerprint() { return fingerprint; }
}
