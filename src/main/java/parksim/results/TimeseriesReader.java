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

    /** The columns a row is read by; {@code metrics} are the requested metrics and the optional ones the file has. */
    private record Columns(int runId, int scenario, int variant, int replicate, int seed, int date, int park, List<Metric> metrics,
                           int[] values) {
        static Columns of(CsvInput in, List<Metric> requested) {
            int runId = in.column("run_id", "which run a row belongs to");
            int scenario = in.column("scenario", "the scenario, which names a run folder's variant");
            int variant = in.column("variant", "the policy variant");
            int replicate = in.column("replicate", "the replicate number");
            int seed = in.column("seed", "the seed, by which runs of two variants are paired");
            int date = in.column("date", "the month, YYYY-MM");
            int park = in.column("park", "the park");
            List<Metric> metrics = new ArrayList<>(requested);
            for (Metric m : OPTIONAL) if (!metrics.contains(m) && in.has(m.column())) metrics.add(m);
            int[] values = new int[metrics.size()];
            for (int i = 0; i < values.length; i++) values[i] = in.column(metrics.get(i).column(), "a metric to compare");
            return new Columns(runId, scenario, variant, replicate, seed, date, park, metrics, values);
        }
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
            Columns c = Columns.of(in, requested);
            double[] values = new double[c.values().length];
            boolean sweep = files.sweep();
            long rows = 0;
            long lastLine = 1;
            for (CsvInput.Row row : in) {
                rows++;
                lastLine = row.line();
                String rowPark = row.text(c.park());
                parks.add(rowPark);
                String id = row.text(c.runId());
                if (!status.counts(id)) {
                    if (!status.listed(id)) unlisted.add(id);
                    continue;
                }
                if (park != null && !park.equals(rowPark)) continue;
                String key = variantKey(sweep, row.text(c.scenario()), row.text(c.variant()));
                VariantData data = variants.computeIfAbsent(key, k -> new VariantData(k, in.file(), c.metrics(), row.line()));
                add(data, row, c, id, rowPark, values);
            }
            if (rows == 0) throw in.noRows();
            return new Contents(files, variants, parks, sweep ? c.variant() : c.scenario(), c.park(), c.date(), lastLine, unlisted);
        }
    }

    /** Adds one row of a run that counts to its variant's values; {@code values} is scratch space. */
    private static void add(VariantData data, CsvInput.Row row, Columns c, String id, String rowPark, double[] values) {
        long rep = row.whole(c.replicate());
        if (rep < 0) throw row.bad(c.replicate(), "a replicate number >= 0", Long.toString(rep));
        Integer run = data.run(new RunKey(id, rep, row.whole(c.seed())));
        if (run == null) {
            RunKey known = data.runs().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
            throw row.bad(c.seed(), "replicate " + known.replicate() + " and seed " + known.seed() + " for run \"" + id
                    + "\" as on its earlier rows", "replicate " + rep + ", seed " + row.raw(c.seed()));
        }
        CalendarMonth month = row.month(c.date());
        for (int i = 0; i < values.length; i++) values[i] = row.number(c.values()[i]);
        if (!data.add(rowPark, month, run, values, row.line())) {
            throw row.bad(c.date(), "one row per run, park and month",
                    "a second row for run \"" + id + "\", park \"" + rowPark + "\", " + month);
        }
    }

    /** All metric columns a comparison needs: the requested ones and incentive spend, for cost-effectiveness. */
    public static List<Metric> needed(List<Metric> requested) {
        List<Metric> all = new ArrayList<>(requested);
        if (!all.contains(Metric.SPEND_CUM)) all.add(Metric.SPEND_CUM);
        return all;
    }
}
