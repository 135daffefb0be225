package parksim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parksim.experiment.ShapleyExperiment;
import parksim.policy.InstrumentCatalog;
import parksim.policy.InstrumentKind;
import parksim.results.ResultSet;
import parksim.scenario.StrictJson;

/**
 * Readable names for variants made by a sweep's grid, and the grid's factors as named columns.
 *
 * <p>A grid names its variants {@code rent-promo-1} … {@code -9}; its factor values are in the sweep's
 * {@code experiment.json}. Here each grid factor gets a column name ({@code rent_subsidy_share}) and each
 * variant a label of its factor values ({@code rent 0.8 · promotion 0.15}); a variant outside the grid keeps
 * its name as label (a Shapley sub-package its instruments), and its factor columns show the values its
 * scenario has at those paths. Results with no
 * grid have no factor columns.
 */
public final class VariantLabels {
    private final List<String> columns;
    private final Map<String, String> labels;
    private final Map<String, List<String>> values;

    private VariantLabels(List<String> columns, Map<String, String> labels, Map<String, List<String>> values) {
        this.columns = columns;
        this.labels = labels;
        this.values = values;
    }

    public static VariantLabels none() {
        return new VariantLabels(List.of(), Map.of(), Map.of());
    }

    /** Labels for the variants of a result set, from the experiment files of its sweeps (unreadable files give none). */
    public static VariantLabels of(ResultSet results) {
        Map<Path, JsonNode> experiments = new LinkedHashMap<>();
        Set<String> paths = new LinkedHashSet<>();
        for (ResultSet.Variant v : results.variants()) {
            JsonNode e = experiment(v, experiments);
            if (e != null) e.path("spec").path("grid").path("factors").fieldNames().forEachRemaining(paths::add);
        }
        List<String> pathList = List.copyOf(paths);
        List<String> columns = columnNames(pathList);
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (ResultSet.Variant v : results.variants()) {
            JsonNode e = experiment(v, experiments);
            JsonNode factors = factorsOf(e, v.data().key());
            List<String> cells = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (String p : pathList) {
                JsonNode value = factors.get(p);
                String cell = value == null || value.isNull() ? "" : value.asText();
                cells.add(cell);
                if (!cell.isEmpty()) parts.add(word(p, pathList) + " " + shown(cell));
            }
            values.put(v.name(), cells);
            boolean inGrid = e != null && isGridVariant(e, v.data().key());
            String subPackage = e != null && v.data().key().startsWith(ShapleyExperiment.PREFIX) ? description(e, v.data().key()) : "";
            labels.put(v.name(), inGrid && !parts.isEmpty() ? String.join(" · ", parts) : !subPackage.isEmpty() ? subPackage : v.name());
        }
        return new VariantLabels(columns, labels, values);
    }

    /** The factor columns' names. */
    public List<String> columns() { return columns; }

    /** The variant's readable label (its name outside a grid). */
    public String label(String variant) { return labels.getOrDefault(variant, variant); }

    /** "rent-promo-3 (rent 0.8 · promotion 0.15)" for a grid variant; the bare name otherwise. */
    public String named(String variant) {
        String l = label(variant);
        return l.equals(variant) ? variant : variant + " (" + l + ")";
    }

    /** The variant's factor values, one per column ("" where unknown). */
    public List<String> values(String variant) {
        return values.getOrDefault(variant, java.util.Collections.nCopies(columns.size(), ""));
    }

    private static JsonNode experiment(ResultSet.Variant v, Map<Path, JsonNode> cache) {
        Path d = v.files().description();
        if (d == null || !d.getFileName().toString().equals("experiment.json")) return null;
        return cache.computeIfAbsent(d, f -> {
            try {
                return StrictJson.mapper().readTree(f.toFile());
            } catch (IOException | RuntimeException e) {
                return null;
            }
        });
    }

    /** The variant's entry in experiment.json's variants (a missing node if none). */
    private static JsonNode entry(JsonNode experiment, String variant) {
        if (experiment != null) {
            for (JsonNode n : experiment.path("variants")) if (n.path("name").asText().equals(variant)) return n;
        }
        return StrictJson.mapper().missingNode();
    }

    private static JsonNode factorsOf(JsonNode experiment, String variant) {
        JsonNode f = entry(experiment, variant).path("factors");
        return f.isObject() ? f : StrictJson.mapper().createObjectNode();
    }

    /** A Shapley sub-package's description: its instruments ("targetedPromotion + events"). */
    private static String description(JsonNode experiment, String variant) {
        return entry(experiment, variant).path("description").asText("");
    }

    private static boolean isGridVariant(JsonNode experiment, String variant) {
        String grid = experiment.path("spec").path("grid").path("name").asText("");
        return !grid.isEmpty() && variant.matches(java.util.regex.Pattern.quote(grid) + "-\\d+");
    }

    /** A number as it reads best: "0.8", "36"; anything else as written. */
    private static String shown(String cell) {
        try {
            return parksim.core.Fmt.number(Double.parseDouble(cell));
        } catch (NumberFormatException e) {
            return cell;
        }
    }

    /** The path's steps without list selectors: parks[yanji].policies.rentSubsidy.share -> [parks, policies, rentSubsidy, share]. */
    private static List<String> steps(String path) {
        List<String> s = new ArrayList<>();
        for (String part : path.split("\\.")) s.add(part.replaceAll("\\[.*?]", ""));
        return s;
    }

    /** The park a path is under: its id, or "park<i>" for a list index; "" for a path outside the parks. */
    private static String park(String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^parks\\[([^\\]]+)]").matcher(path);
        if (!m.find()) return "";
        return m.group(1).matches("\\d+") ? "park" + m.group(1) : m.group(1);
    }

    /** The word a label uses for a factor: the instrument ("rent"), with its field when the grid has two of one instrument. */
    static String word(String path, List<String> all) {
        List<String> s = steps(path);
        int i = s.indexOf("policies");
        String word;
        if (i >= 0 && i + 1 < s.size()) {
            String instrument = s.get(i + 1);
            InstrumentKind kind = InstrumentCatalog.installed().get(instrument); // each instrument brings its word
            word = kind != null ? kind.word() : words(instrument);
            long sameInstrument = all.stream().filter(p -> park(p).equals(park(path)) && steps(p).contains(instrument)).count();
            if (sameInstrument > 1 && i + 2 < s.size()) word += " " + words(s.get(i + 2));
        } else {
            String last = s.get(s.size() - 1);
            boolean shared = all.stream().filter(p -> park(p).equals(park(path)) && steps(p).get(steps(p).size() - 1).equals(last)).count() > 1;
            word = (shared && s.size() > 1 ? words(s.get(s.size() - 2)) + " " : "") + words(last);
        }
        boolean manyParks = all.stream().map(VariantLabels::park).distinct().count() > 1;
        return manyParks && !park(path).isEmpty() ? park(path) + " " + word : word;
    }

    /** Column names: instrument and field in snake case (rent_subsidy_share), the whole path where two would clash. */
    static List<String> columnNames(List<String> paths) {
        List<String> names = new ArrayList<>();
        boolean manyParks = paths.stream().map(VariantLabels::park).distinct().count() > 1;
        for (String p : paths) {
            List<String> s = steps(p);
            int i = s.indexOf("policies");
            List<String> kept = i >= 0 ? s.subList(i + 1, s.size()) : s.subList(s.size() - 1, s.size());
            String name = (manyParks && !park(p).isEmpty() ? park(p) + "_" : "") + String.join("_", kept.stream().map(VariantLabels::snake).toList());
            names.add(name);
        }
        List<String> clashing = names.stream().filter(n -> names.indexOf(n) != names.lastIndexOf(n)).toList();
        for (int k = 0; k < names.size(); k++) if (clashing.contains(names.get(k))) names.set(k, paths.get(k));
        return List.copyOf(names);
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String words(String camel) {
        return snake(camel).replace('_', ' ');
    }

}
