package parksim.results;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the {@code firms.csv} beside a variant's {@code timeseries.csv}: for each of the variant's runs
 * (by seed), every prospect that came through a pipeline during the run, with the park where it signed
 * (if it did) and the incentives it received there. Initial tenants (no {@code negotiating} month: they
 * were tenants before the run) are not prospects and are left out.
 */
public final class FirmsReader {
    public static final String FIRMS = "firms.csv";

    /** A prospect in one run: where it signed (null if nowhere) and the incentives it received (¥). */
    public record Firm(String signedPark, double subsidiesCny) {}

    private FirmsReader() {}

    /**
     * The prospects of every variant of the results whose folder has a firms.csv, by variant name; empty when
     * the variant named {@code baseline} has none (prospects are only ever compared with the baseline's).
     */
    public static Map<String, Map<Long, Map<String, Firm>>> readAll(ResultSet results, String baseline) {
        Map<String, Map<Long, Map<String, Firm>>> out = new LinkedHashMap<>();
        ResultSet.Variant base = results.variant(baseline);
        if (base == null || !available(base)) return out;
        for (ResultSet.Variant v : results.variants()) if (available(v)) out.put(v.name(), read(v));
        return out;
    }

    /** Whether the variant's folder has a firms.csv. */
    public static boolean available(ResultSet.Variant v) {
        return Files.isRegularFile(file(v));
    }

    /** Seed → firm id → firm, for the variant's runs (those it counts in the comparison). */
    public static Map<Long, Map<String, Firm>> read(ResultSet.Variant v) {
        Map<String, Long> seedOfRun = v.data().runs().stream().collect(Collectors.toMap(RunKey::id, RunKey::seed));
        Map<Long, Map<String, Firm>> out = new LinkedHashMap<>();
        for (RunKey r : v.data().runs()) out.put(r.seed(), new HashMap<>());
        boolean sweep = v.files().sweep();
        try (CsvInput in = CsvInput.open(file(v))) {
            int runId = in.column("run_id", "which run a firm belongs to");
            int scenario = in.column("scenario", "the scenario, which names a run folder's variant");
            int variant = in.column("variant", "the policy variant");
            int firmId = in.column("firm_id", "the firm, matched across variants run with the same seed");
            int park = in.column("park", "the park whose pipeline the firm entered");
            int negotiating = in.column("negotiating", "the month the firm started talks (empty for initial tenants)");
            int signed = in.column("signed", "the month the firm signed, if it did");
            int subsidies = in.column("subsidies_cny", "the incentives the firm received");
            for (CsvInput.Row row : in) {
                Long seed = seedOfRun.get(row.text(runId));
                if (seed == null || !TimeseriesReader.variantKey(sweep, row.text(scenario), row.text(variant)).equals(v.data().key())) continue;
                if (row.raw(negotiating).isBlank()) continue;
                String id = row.text(firmId);
                boolean hasSigned = !row.raw(signed).isBlank();
                Firm f = new Firm(hasSigned ? row.text(park) : null, hasSigned ? row.number(subsidies) : 0);
                // A prospect that entered several parks' pipelines signed in at most one of them: keep that one.
                out.get(seed).merge(id, f, (a, b) -> a.signedPark() != null ? a : b);
            }
        }
        return out;
    }

    /** The seeds of the variant's runs. */
    public static Set<Long> seeds(ResultSet.Variant v) {
        return v.data().runs().stream().map(RunKey::seed).collect(Collectors.toSet());
    }

    private static Path file(ResultSet.Variant v) {
        return v.files().timeseries().resolveSibling(FIRMS);
    }
}
