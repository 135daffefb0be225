package parksim.sensitivity.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parksim.core.CalendarMonth;
import parksim.core.InputException;
import parksim.core.Metric;
import parksim.core.Version;
import parksim.experiment.Experiment;
import parksim.experiment.ExperimentLoader;
import parksim.experiment.ExperimentSpec;
import parksim.experiment.Fingerprint;
import parksim.experiment.Recording;
import parksim.experiment.ScenarioReference;
import parksim.experiment.Variant;
import parksim.experiment.VariantSpec;
import parksim.observe.SummaryTable;
import parksim.scenario.LoadedScenario;
import parksim.scenario.ProvenanceReader;
import parksim.scenario.Scenario;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.ScenarioPaths;
import parksim.scenario.StrictJson;
import parksim.scenario.TargetSpec;

/**
 * Reads a sensitivity experiment file, checks every input and output against the scenario, and expands the design into a
 * sweep whose every variant's scenario is valid, before anything runs.
 */
public final class StudyLoader {
    private StudyLoader() {}

    /**
     * @param samplesOverride {@code --samples}, or null for the file's
     * @param secondOrder     a Sobol design with the points for second-order indices
     */
    public static SensitivityStudy load(Path file, Method method, Integer samplesOverride, boolean secondOrder) {
        String name = file.toString();
        JsonNode plain = ProvenanceReader.read(StrictJson.readTree(file), name).plain();
        SensitivitySpec spec = StrictJson.bind(plain, SensitivitySpec.class, name);
        int samples = samplesOverride != null ? samplesOverride : spec.samples();
        String samplesField = samplesOverride != null ? "--samples" : "samples";
        if (samples < 1) throw new InputException(name, samplesField, "a whole number >= 1", Integer.toString(samples));
        checkSize(spec, method, samples, secondOrder, name, samplesField);
        LoadedScenario base = ScenarioReference.load(file, "scenario", spec.scenario());
        ObjectNode tree = base.tree().deepCopy();
        if (spec.months() != null) tree.put("months", spec.months());
        Scenario scenario = ScenarioLoader.bind(tree, name + ": months");
        Map<String, String> places = new LinkedHashMap<>();
        for (int i = 0; i < spec.inputs().size(); i++) {
            checkInput(tree, spec.inputs().get(i), name, "inputs[" + i + "]");
            checkPlaces(tree, spec.inputs(), i, places, name);
        }
        List<OutputSpec> outputs = new ArrayList<>();
        for (int o = 0; o < spec.outputs().size(); o++) outputs.add(checkOutput(spec.outputs().get(o), scenario, name, "outputs[" + o + "]"));

        double[][] unit = method.design(samples, spec.inputs().size(), secondOrder);
        List<Variant> variants = new ArrayList<>(unit.length);
        List<VariantSpec> variantSpecs = new ArrayList<>(unit.length);
        for (int p = 0; p < unit.length; p++) {
            String point = SensitivityStudy.pointName(p, unit.length);
            Map<String, JsonNode> set = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            ObjectNode t = tree.deepCopy();
            for (int i = 0; i < spec.inputs().size(); i++) {
                InputSpec in = spec.inputs().get(i);
                double v = in.value(unit[p][i]);
                if (in.integer()) unit[p][i] = in.unit(v);
                JsonNode node = number(v, in.integer());
                ScenarioPaths.set(t, in.path(), node, name, "inputs[" + i + "].path");
                set.put(in.path(), node);
                texts.put(in.path(), node.isIntegralNumber() ? node.asText() : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
            }
            Scenario s = ScenarioLoader.bind(t, name + ": design point " + point + " (" + texts + ") gives an invalid scenario: " + base.file());
            variants.add(new Variant(point, "", s, texts));
            variantSpecs.add(new VariantSpec(point, null, set));
        }
        ExperimentSpec experimentSpec = new ExperimentSpec(spec.name() + "-" + method.id(), spec.description(), spec.scenario(),
                spec.replications(), spec.seed(), spec.months(), recording(outputs), variantSpecs, null);
        List<String> paths = spec.inputs().stream().map(InputSpec::path).toList();
        Experiment e = new Experiment(file, experimentSpec, base, List.copyOf(variants), paths, fingerprint(plain, method, samples, secondOrder, base));
        return new SensitivityStudy(file, spec, method, samples, secondOrder && method == Method.SOBOL, unit, List.copyOf(outputs), e);
    }

    /** The design is checked for size before it is built: a sensitivity study is a sweep, held to the sweep's limit of runs. */
    public static void checkSize(SensitivitySpec spec, Method method, int samples, boolean secondOrder, String file, String field) {
        long points = (long) samples * method.pointsPerSample(spec.inputs().size(), secondOrder);
        long runs = points * spec.replications();
        if (runs > ExperimentLoader.MAX_RUNS) {
            throw new InputException(file, field, "at most " + ExperimentLoader.MAX_RUNS + " runs in all (design points x replications; fewer samples,"
                    + " or split the study into shards of its own)", samples + " samples x " + method.pointsPerSample(spec.inputs().size(), secondOrder)
                    + " points per sample x " + spec.replications() + " replication(s) = " + runs + " runs");
        }
    }

    /** Two inputs may not set the same scenario number, whatever paths they reach it by ({@code parks[0]} and {@code parks[yanji]}). */
    private static void checkPlaces(ObjectNode tree, List<InputSpec> inputs, int i, Map<String, String> places, String file) {
        String where = "inputs[" + i + "].path";
        for (String place : ScenarioPaths.places(tree, inputs.get(i).path(), file, where)) {
            String other = places.putIfAbsent(place, inputs.get(i).path());
            if (other != null) {
                throw new InputException(file, where, "a number no other input sets", "\"" + inputs.get(i).path() + "\", which sets " + place
                        + " as \"" + other + "\" does");
            }
        }
    }

    private static void checkInput(ObjectNode tree, InputSpec in, String file, String where) {
        List<JsonNode> found = ScenarioPaths.getAll(tree, in.path(), file, where + ".path");
        if (found.isEmpty()) throw new InputException(file, where + ".path", "a path to a number in the scenario", "\"" + in.path() + "\", which the scenario does not have");
        for (JsonNode n : found) {
            if (!n.isNumber()) throw new InputException(file, where + ".path", "a path to a number in the scenario", "\"" + in.path() + "\" holding " + n);
        }
        if (in.distribution().equals("normal")) return;
        for (String bound : List.of("min", "max")) {
            double v = bound.equals("min") ? in.min() : in.max();
            ObjectNode t = tree.deepCopy();
            ScenarioPaths.set(t, in.path(), number(v, in.integer()), file, where + ".path");
            try {
                ScenarioLoader.bind(t, file);
            } catch (InputException e) {
                if (e.expected() == null) throw e;
                throw new InputException(file, where + "." + bound, "a value " + in.path() + " can hold: " + e.expected(), e.found());
            }
        }
    }

    /** The output with its park filled in, checked against the scenario: its metric, park and month (or year or target). */
    public static OutputSpec checkOutput(OutputSpec out, Scenario s, String file, String where) {
        if (out.target() != null) {
            if (s.targets().stream().noneMatch(t -> t.id().equals(out.target()))) {
                throw new InputException(file, where + ".target", "one of the scenario's targets " + s.targets().stream().map(TargetSpec::id).toList(), "\"" + out.target() + "\"");
            }
            return out;
        }
        Metric metric;
        try {
            metric = Metric.fromColumn(out.metric());
        } catch (IllegalArgumentException e) {
            throw new InputException(file, where + ".metric", "one of the metrics of timeseries.csv", "\"" + out.metric() + "\"");
        }
        List<String> parks = s.parks().stream().map(p -> p.id()).toList();
        String park = out.park() != null ? out.park() : parks.size() == 1 ? parks.get(0) : null;
        if (park == null || !parks.contains(park)) throw new InputException(file, where + ".park", "one of the scenario's parks " + parks, out.park() == null ? "nothing" : "\"" + park + "\"");
        if (out.date() != null) {
            CalendarMonth m = out.month();
            if (m.isBefore(s.start()) || m.isAfter(s.end())) {
                throw new InputException(file, where + ".date", "a month the run covers, " + s.start() + " to " + s.end(), out.date());
            }
        } else {
            SummaryTable summary = new SummaryTable(s);
            if (!summary.years().contains(out.year())) throw new InputException(file, where + ".year", "a year whose December the run covers " + summary.years(), out.year().toString());
            if (!SummaryTable.YEARLY_STOCKS.contains(metric) && !SummaryTable.YEARLY_FLOWS.contains(metric)) {
                throw new InputException(file, where + ".metric", "a metric with yearly figures in summary.csv, or a date instead of a year", "\"" + out.metric() + "\"");
            }
        }
        return new OutputSpec(out.name(), metric.column(), park, out.date(), out.year(), null, false);
    }

    /** Year ends suffice when every output is a December or not in the time series; that keeps timeseries.csv small. */
    private static Recording recording(List<OutputSpec> outputs) {
        boolean decembers = outputs.stream().allMatch(o -> o.date() == null || o.month().month() == 12);
        return decembers ? new Recording(0, true) : Recording.MONTHLY;
    }

    private static JsonNode number(double v, boolean integer) {
        return integer ? JsonNodeFactory.instance.numberNode(Math.round(v)) : JsonNodeFactory.instance.numberNode(v);
    }

    private static String fingerprint(JsonNode file, Method method, int samples, boolean secondOrder, LoadedScenario base) {
        ObjectNode all = JsonNodeFactory.instance.objectNode();
        all.put("version", Version.get());
        all.set("sensitivity", file);
        all.put("method", method.id());
        all.put("samples", samples);
        if (secondOrder) all.put("second_order", true);
        all.set("scenario", base.tree());
        return Fingerprint.of(all);
    }
}
