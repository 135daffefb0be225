package parksim.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import parksim.core.CalendarMonth;
import parksim.core.InputException;
import parksim.core.Metric;

/**
 * The results to compare: every RESULTS argument read, its variants named, and checked to be comparable.
 *
 * <p>Variants are named after a run folder's scenario (or a sweep's variant column), or after a
 * {@code --label} given for the argument (a sweep's variants become {@code label/variant}); two variants
 * with one name are an error. Results can be compared when they have the same parks (or all have the
 * park chosen with {@code --park}) and their months overlap; the months compared must be in every variant.
 */
public final class ResultSet {
    /** One variant: its name, its values and target checks, and the files they came from. */
    public record Variant(String name, VariantData data, Map<String, TargetTally> targets, ResultFiles files) {}

    private final List<Variant> variants;
    private final List<String> parks;
    private final Map<String, TargetInfo> targetInfo;
    private final List<String> warnings;
    private final Map<String, int[]> columns;
    private final Map<String, Path> allFailed;

    private ResultSet(List<Variant> variants, List<String> parks, Map<String, TargetInfo> targetInfo, List<String> warnings,
                      Map<String, int[]> columns, Map<String, Path> allFailed) {
        this.allFailed = allFailed;
        this.variants = variants;
        this.parks = parks;
        this.targetInfo = targetInfo;
        this.warnings = warnings;
        this.columns = columns;
    }

    /**
     * @param labels empty, or one name per argument
     * @param park   null for all parks, or the one park to compare
     */
    public static ResultSet read(List<Path> arguments, List<String> labels, List<Metric> metrics, String park) {
        List<Variant> variants = new ArrayList<>();
        Map<String, Variant> byName = new LinkedHashMap<>();
        Map<String, TargetInfo> targetInfo = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        Map<String, int[]> columns = new LinkedHashMap<>();
        Map<String, Path> allFailed = new LinkedHashMap<>();
        for (int a = 0; a < arguments.size(); a++) {
            ResultFiles files = ResultFiles.locate(arguments.get(a));
            RunStatus status = RunStatus.read(files.runs());
            TimeseriesReader.Contents contents = TimeseriesReader.read(files, TimeseriesReader.needed(metrics), park, status);
            String file = files.timeseries().toString();
            columns.put(file, new int[] {contents.parkColumn(), contents.dateColumn()});
            if (contents.variants().isEmpty()) {
                if (park != null && !contents.parks().contains(park)) {
                    throw new InputException(file, "lines 2-" + contents.lastLine() + ", column " + (contents.parkColumn() + 1) + " (park)",
                            "rows of park \"" + park + "\" (--park)", "only the parks " + contents.parks());
                }
                throw new InputException(file, "", "rows of runs that finished (status ok in " + files.runs() + ")", "none");
            }
            SweepCompleteness.warning(files, status).ifPresent(warnings::add);
            String prefix = labels.isEmpty() ? "" : labels.get(a) + "/";
            status.failedOfVariant().forEach((v, counts) -> {
                if (counts[0] > 0 && counts[1] == counts[0]) allFailed.put(prefix + v, files.runs());
                if (counts[1] > 0) warnings.add(files.runs() + ": " + counts[1] + " of " + counts[0] + " runs of variant " + v
                        + " did not finish and are left out");
            });
            if (!contents.unlistedRuns().isEmpty()) {
                warnings.add(file + ": " + contents.unlistedRuns().size() + " run(s) not listed in " + files.runs()
                        + " are left out (e.g. " + contents.unlistedRuns().iterator().next() + ")");
            }
            Map<String, Map<String, TargetTally>> targets = TargetReader.read(files, park, status);
            TargetInfo.read(files.description()).forEach(targetInfo::putIfAbsent);
            String label = labels.isEmpty() ? null : labels.get(a);
            for (VariantData data : contents.variants().values()) {
                String name = label == null ? data.key() : contents.variants().size() == 1 ? label : label + "/" + data.key();
                Variant v = new Variant(name, data, targets.getOrDefault(data.key(), Map.of()), files);
                Variant other = byName.putIfAbsent(name, v);
                if (other != null) {
                    int column = contents.nameColumn();
                    throw new InputException(file, "line " + data.firstLine() + ", column " + (column + 1)
                            + " (" + (files.sweep() ? "variant" : "scenario") + ")",
                            "a variant name that no other result has (" + other.data().file() + " has \"" + name + "\" too)",
                            "\"" + name + "\" again; name each RESULTS argument with --label");
                }
                variants.add(v);
            }
        }
        List<String> parks = checkParks(variants, columns);
        return new ResultSet(List.copyOf(variants), parks, targetInfo, warnings, columns, allFailed);
    }

    public List<Variant> variants() { return variants; }

    public List<String> parks() { return parks; }

    public Variant variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }

    public List<String> names() { return variants.stream().map(Variant::name).toList(); }

    /** Variants none of whose runs finished (so they have no values), and the runs.csv that says so. */
    public Map<String, Path> allFailed() { return Map.copyOf(allFailed); }

    /** Targets described by the scenario files, by id (those only in the summary have bare descriptions). */
    public Map<String, TargetInfo> targetInfo() { return targetInfo; }

    /** Notes on what was left out while reading. */
    public List<String> warnings() { return warnings; }

    /** Every variant must have the same parks; the error names a row of a park that another variant lacks. */
    private static List<String> checkParks(List<Variant> variants, Map<String, int[]> columns) {
        VariantData first = variants.get(0).data();
        for (Variant v : variants.subList(1, variants.size())) {
            VariantData data = v.data();
            for (String p : data.parks()) {
                if (!first.hasPark(p)) throw parkMismatch(data, p, first, columns);
            }
            for (String p : first.parks()) {
                if (!data.hasPark(p)) throw parkMismatch(first, p, data, columns);
            }
        }
        return first.parks();
    }

    private static InputException parkMismatch(VariantData has, String park, VariantData lacks, Map<String, int[]> columns) {
        int column = columns.get(has.file())[0] + 1;
        return new InputException(has.file(), "line " + has.firstLine(park) + ", column " + column + " (park)",
                "parks that every variant has (" + lacks.file() + " has " + lacks.parks() + ")",
                "park \"" + park + "\", which " + lacks.file() + " lacks; results of different parks cannot be compared"
                        + " (compare a common park with --park)");
    }

    /**
     * The months to compare: those asked for, each of which every variant must have for every park, or
     * by default the last month they all have.
     */
    public List<CalendarMonth> months(List<CalendarMonth> requested) {
        TreeSet<CalendarMonth> common = null;
        for (Variant v : variants) {
            for (String park : parks) {
                NavigableSet<CalendarMonth> months = v.data().months(park);
                for (CalendarMonth m : requested) {
                    if (!months.contains(m)) {
                        throw monthError(v.data(), park, "the month " + m + " (asked for with --at) for park " + park, months, "");
                    }
                }
                if (common == null) {
                    common = new TreeSet<>(months);
                } else {
                    TreeSet<CalendarMonth> before = common;
                    common = new TreeSet<>(common);
                    common.retainAll(months);
                    if (common.isEmpty()) {
                        throw monthError(v.data(), park, "months that overlap those of the other results (" + range(before) + ")", months,
                                "; results over months that do not overlap cannot be compared");
                    }
                }
            }
        }
        return requested.isEmpty() ? List.of(common.last()) : List.copyOf(new TreeSet<>(requested));
    }

    private InputException monthError(VariantData data, String park, String expected, NavigableSet<CalendarMonth> months,
                                      String hint) {
        int column = columns.get(data.file())[1] + 1;
        return new InputException(data.file(), "lines " + data.firstLine() + "-" + data.lastLine() + ", column " + column + " (date)",
                expected, "months " + range(months) + " for park " + park + hint);
    }

    private static String range(NavigableSet<CalendarMonth> months) {
        if (months.isEmpty()) return "none";
        return months.size() == 1 ? months.first().toString() : months.first() + " to " + months.last();
    }
}
