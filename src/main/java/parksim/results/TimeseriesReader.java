package parksim.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import parksim.core.CalendarMonth;
import parksim.core.Metric;

/**
 * Streams a {@code timeseries.csv} and keeps only the requested metrics, split by variant: a sweep's
 * {@code variant} column, or a run folder's {@code scenario} column (its variant is always {@code base}).
 * Rows of runs that a sweep's {@code runs.csv} does not list as ok are left out.
 */
public final class TimeseriesReader {
    /** Figures read where a timeseries has them (older files lack tax_cny), for the net fiscal cost. */
    public static final List<Metric> OPTIONAL = List.of(Metric.SPEND, Metric.TAX, Metric.TENANTS_SIGNED_CUM, Metric.EMPLOYMENT);

    private TimeseriesReader() {}

    /** The variants in one file, in the order they first appear, and what was left out. */
    public record Contents(ResultFiles files, Map<String, VariantData> variants, Set<String> parks,
                           int nameColumn, int parkColumn, int dateColumn, long lastLine, Set<String> unlistedRuns) {}

    /** The name of a row's variant before any --label: see the class comment. */
    public static String variantKey(boolean sweep, String scenario, String variant) {
        return sweep || !variant.equals("base") ? variant : scenario;
    }

    /**
     * @param park when not null, only this park's rows are kept
     */
    public static Contents read(ResultFiles files, List<Metric> requested, String park, RunStatus status) {
        Map<String, VariantData> variants = new LinkedHashMap<>();
        Set<String> parks = new LinkedHashSet<>();
        Set<String> unlisted = new LinkedHashSet<>();
        try (CsvInput in = CsvInput.open(files.timeseries())) {
            in.checkingCells(ResultColumns.timeseries(in.header()));
            int runId = in.column("run_id", "which run a row belongs to");
            int scenario = in.column("scenario", "the scenario, which names a run folder's variant");
            int variant = in.column("variant", "the policy variant");
            int replicate = in.column("replicate", "the replicate number");
            int seed = in.column("seed", "the seed, by which runs of two variants are paired");
            int date = in.column("date", "the month, YYYY-MM");
            int parkColumn = in.column("park", "the park");
            List<Metric> metrics = new ArrayList<>(requested);
            for (Metric m : OPTIONAL) if (!metrics.contains(m) && in.has(m.column())) metrics.add(m);
            int[] columns = new int[metrics.size()];
            for (int i = 0; i < columns.length; i++) columns[i] = in.column(metrics.get(i).column(), "a metric to compare");
            double[] values = new double[columns.length];
            boolean sweep = files.sweep();
            long rows = 0;
            long lastLine = 1;
            for (CsvInput.Row row : in) {
                rows++;
                lastLine = row.line();
                String rowPark = row.text(parkColumn);
                parks.add(rowPark);
                String id = row.text(runId);
                if (!status.counts(id)) {
                    if (!status.listed(id)) unlisted.add(id);
                    continue;
                }
                if (park != null && !park.equals(rowPark)) continue;
                String key = variantKey(sweep, row.text(scenario), row.text(variant));
                VariantData data = variants.computeIfAbsent(key, k -> new VariantData(k, in.file(), metrics, row.line()));
                long rep = row.whole(replicate);
                if (rep < 0) throw row.bad(replicate, "a replicate number >= 0", Long.toString(rep));
                Integer run = data.run(new RunKey(id, rep, row.whole(seed)));
                if (run == null) {
                    RunKey known = data.runs().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
                    throw row.bad(seed, "replicate " + known.replicate() + " and seed " + known.seed() + " for run \"" + id
                            + "\" as on its earlier rows", "replicate " + rep + ", seed " + row.raw(seed));
                }
                CalendarMonth month = row.month(date);
                for (int i = 0; i < columns.length; i++) values[i] = row.number(columns[i]);
                if (!data.add(rowPark, month, run, values, row.line())) {
                    throw row.bad(date, "one row per run, park and month",
                            "a second row for run \"" + id + "\", park \"" + rowPark + "\", " + month);
                }
            }
            if (rows == 0) throw in.noRows();
            return new Contents(files, variants, parks, sweep ? variant : scenario, parkColumn, date, lastLine, unlisted);
        }
    }

    /** All metric columns a comparison needs: the requested ones and incentive spend, for cost-effectiveness. */
    public static List<Metric> needed(List<Metric> requested) {
        List<Metric> all = new ArrayList<>(requested);
        if (!all.contains(Metric.SPEND_CUM)) all.add(Metric.SPEND_CUM);
        return all;
    }
}
