package parksim.sensitivity.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parksim.core.InputException;
import parksim.experiment.RunsTable;
import parksim.experiment.SweepFolder;
import parksim.results.CsvInput;
import parksim.scenario.StrictJson;

/**
 * The runs of a sweep or sensitivity folder as cases for scenario discovery: each finished run's numeric input values
 * (the scenario paths its variants set) and whether the condition holds for it.
 *
 * @param inputs the scenario paths with a number in every run
 */
public record Cases(List<String> inputs, double[][] x, boolean[] y) {

    /**
     * The rules of a folder discover reads: an {@code experiment.json} whose variants set scenario paths; a
     * {@code runs.csv} with a column per path; the condition naming only outputs (not the runs' bookkeeping columns
     * such as {@code variant} or {@code status}); in finished runs a number in every cell the condition reads (an
     * empty cell is a missing value), and in an input column either numbers in every run or no numbers at all (an
     * input of texts is left out, as PRIM needs numbers). Everything is checked before the search starts.
     */
    public static Cases read(Path dir, Condition condition) {
        Path meta = dir.resolve(SweepFolder.EXPERIMENT);
        if (!Files.isRegularFile(meta)) throw new InputException(dir.toString(), "is not a sweep or sensitivity result folder (no " + SweepFolder.EXPERIMENT + ")");
        List<String> paths = new ArrayList<>();
        StrictJson.readTree(meta).path("variants").path(0).path("factors").fieldNames().forEachRemaining(paths::add);
        if (paths.isEmpty()) throw new InputException(meta.toString(), "variants", "variants that set scenario paths (the inputs to search)", "none");
        Map<String, Map<String, Double>> timeseries = timeseriesValues(dir.resolve(SweepFolder.TIMESERIES), condition);
        List<double[]> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        InputColumns inputs = new InputColumns(paths.size());
        try (CsvInput in = CsvInput.open(dir.resolve(SweepFolder.RUNS))) {
            int runId = in.column("run_id", "the run"), status = in.column("status", "whether the run finished");
            int[] pathColumns = paths.stream().mapToInt(p -> in.column(p, "an input")).toArray();
            Map<String, Integer> runColumns = conditionColumns(in, condition);
            for (CsvInput.Row row : in) {
                if (!row.raw(status).equals("ok")) continue;
                double[] x = new double[paths.size()];
                for (int i = 0; i < x.length; i++) x[i] = inputs.read(in, row, pathColumns[i], i);
                Map<String, Double> series = timeseries.getOrDefault(row.raw(runId), Map.of());
                xs.add(x);
                ys.add(condition.test(name -> name.contains("@") ? series.getOrDefault(name, Double.NaN) : value(row, runColumns.get(name))));
            }
        }
        return numericOnly(dir, paths, inputs.numeric(), xs, ys);
    }

    /** The runs.csv columns the condition reads: outputs or inputs, never the runs' bookkeeping. */
    private static Map<String, Integer> conditionColumns(CsvInput in, Condition condition) {
        Map<String, Integer> runColumns = new HashMap<>();
        for (String name : condition.names()) {
            if (name.contains("@")) continue;
            if (RunsTable.IDENTITY.contains(name)) {
                throw new InputException("--where", "", "a condition on the runs' results (an output or input column of " + in.file()
                        + ", or METRIC@YYYY-MM), not on their bookkeeping " + RunsTable.IDENTITY, "\"" + name + "\"");
            }
            if (!in.has(name)) throw new InputException("--where", "", "columns of " + in.file() + " or METRIC@YYYY-MM", "\"" + name + "\"");
            runColumns.put(name, in.column(name, "the condition"));
        }
        return runColumns;
    }

    /** A cell the condition reads: a number, or empty for a value the run does not have. */
    private static double value(CsvInput.Row row, int column) {
        return row.raw(column).isBlank() ? Double.NaN : row.number(column);
    }

    /** Tells numeric inputs from inputs of texts, and refuses a column that mixes numbers with texts. */
    private static final class InputColumns {
        private final long[] textLine;
        private final String[] text;
        private final long[] numberLine;

        InputColumns(int n) {
            textLine = new long[n];
            text = new String[n];
            numberLine = new long[n];
        }

        double read(CsvInput in, CsvInput.Row row, int column, int i) {
            String cell = row.raw(column);
            double v = parse(cell);
            if (Double.isNaN(v) && textLine[i] == 0) {
                textLine[i] = row.line();
                text[i] = cell;
            } else if (!Double.isNaN(v) && numberLine[i] == 0) {
                numberLine[i] = row.line();
            }
            if (textLine[i] > 0 && numberLine[i] > 0 && !text[i].isBlank()) {
                throw in.bad(textLine[i], column, "a number, as in line " + numberLine[i] + " (an input has a number in every run or in none)",
                        row.found(text[i]));
            }
            return v;
        }

        boolean[] numeric() {
            boolean[] n = new boolean[textLine.length];
            for (int i = 0; i < n.length; i++) n[i] = textLine[i] == 0;
            return n;
        }
    }

    private static Cases numericOnly(Path dir, List<String> paths, boolean[] numeric, List<double[]> xs, List<Boolean> ys) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) if (numeric[i]) keep.add(i);
        if (keep.isEmpty()) throw new InputException(dir.toString(), "runs.csv", "at least one input with a number in every run", "none");
        if (xs.isEmpty()) throw new InputException(dir.toString(), "runs.csv", "finished runs", "none");
        double[][] x = new double[xs.size()][keep.size()];
        boolean[] y = new boolean[xs.size()];
        for (int c = 0; c < xs.size(); c++) {
            for (int i = 0; i < keep.size(); i++) x[c][i] = xs.get(c)[keep.get(i)];
            y[c] = ys.get(c);
        }
        return new Cases(keep.stream().map(paths::get).toList(), x, y);
    }

    /** Run id → the METRIC@YYYY-MM (or PARK:METRIC@YYYY-MM) values the condition reads. */
    private static Map<String, Map<String, Double>> timeseriesValues(Path file, Condition condition) {
        List<String> wanted = condition.names().stream().filter(n -> n.contains("@")).toList();
        Map<String, Map<String, Double>> out = new HashMap<>();
        if (wanted.isEmpty()) return out;
        try (CsvInput in = CsvInput.open(file)) {
            int runId = in.column("run_id", "the run"), park = in.column("park", "the park"), date = in.column("date", "the month");
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (String w : wanted) {
                String metric = w.substring(w.indexOf(':') + 1, w.indexOf('@'));
                if (!in.has(metric)) throw new InputException("--where", "", "METRIC@YYYY-MM with a column of " + in.file(), "\"" + w + "\"");
                columns.put(w, in.column(metric, "the condition"));
            }
            for (CsvInput.Row row : in) {
                for (Map.Entry<String, Integer> w : columns.entrySet()) {
                    String name = w.getKey();
                    String at = name.substring(name.indexOf('@') + 1);
                    boolean parkMatches = !name.contains(":") || name.substring(0, name.indexOf(':')).equals(row.raw(park));
                    if (parkMatches && at.equals(row.raw(date))) out.computeIfAbsent(row.raw(runId), k -> new HashMap<>()).put(name, row.number(w.getValue()));
                }
            }
        }
        for (String w : wanted) {
            if (out.values().stream().noneMatch(m -> m.containsKey(w))) {
                throw new InputException("--where", "", "METRIC@YYYY-MM for a park and month in " + file + " (its record setting keeps only some months)", "\"" + w + "\"");
            }
        }
        return out;
    }

    private static double parse(String cell) {
        try {
            return cell.isBlank() ? Double.NaN : Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public int ofInterest() {
        int n = 0;
        for (boolean b : y) if (b) n++;
        return n;
    }
}
