package parksim.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import parksim.core.CalendarMonth;
import parksim.core.Metric;

/**
 * The values of one variant read from a timeseries file, kept compactly: for each park and month,
 * the requested metrics of every run that has a row there, and which run each value belongs to (so
 * that runs can be paired by seed).
 */
public final class VariantData {
    private final String key;
    private final String file;
    private final List<Metric> metrics;
    private final List<RunKey> runs = new ArrayList<>();
    private final Map<String, Integer> runIndex = new HashMap<>();
    private final Map<String, ParkData> parks = new LinkedHashMap<>();
    private final long firstLine;
    private long lastLine;

    VariantData(String key, String file, List<Metric> metrics, long firstLine) {
        this.key = key;
        this.file = file;
        this.metrics = List.copyOf(metrics);
        this.firstLine = firstLine;
        this.lastLine = firstLine;
    }

    /** The name the variant has in its file: its scenario (a run folder) or its variant column (a sweep). */
    public String key() { return key; }

    /** The file it was read from. */
    public String file() { return file; }

    public List<RunKey> runs() { return Collections.unmodifiableList(runs); }

    public List<String> parks() { return List.copyOf(parks.keySet()); }

    public boolean hasPark(String park) { return parks.containsKey(park); }

    /** The first line of the file with a row of this variant. */
    public long firstLine() { return firstLine; }

    /** The first line of the file with a row of this variant and park. */
    public long firstLine(String park) { return parks.get(park).firstLine; }

    public long lastLine() { return lastLine; }

    /** The months with at least one row for the park, in order. */
    public NavigableSet<CalendarMonth> months(String park) {
        return Collections.unmodifiableNavigableSet(parks.get(park).months.navigableKeySet());
    }

    /** Index of the run, adding it if new; null if the id is known with another replicate or seed. */
    Integer run(RunKey run) {
        Integer i = runIndex.get(run.id());
        if (i == null) {
            i = runs.size();
            runs.add(run);
            runIndex.put(run.id(), i);
        } else if (!runs.get(i).equals(run)) {
            return null;
        }
        return i;
    }

    /** Adds one row's metric values; false if the run already has a row for this park and month. */
    boolean add(String park, CalendarMonth month, int run, double[] values, long line) {
        lastLine = line;
        ParkData p = parks.computeIfAbsent(park, k -> new ParkData(line));
        return p.months.computeIfAbsent(month, m -> new MonthValues(metrics.size())).add(run, values);
    }

    /** Whether the metric was read (optional figures are not, where the file lacks them). */
    public boolean has(Metric metric) { return metrics.contains(metric); }

    /** The values of a metric at a park and month, one per run that has a row there, with the runs' seeds. */
    public Observations observations(String park, Metric metric, CalendarMonth month) {
        int m = metrics.indexOf(metric);
        if (m < 0) throw new IllegalArgumentException(metric.column() + " was not read");
        ParkData p = parks.get(park);
        MonthValues v = p == null ? null : p.months.get(month);
        if (v == null) return new Observations(new double[0], new long[0]);
        double[] values = new double[v.count];
        long[] seeds = new long[v.count];
        for (int i = 0; i < v.count; i++) {
            values[i] = v.values[i * v.width + m];
            seeds[i] = runs.get(v.runs[i]).seed();
        }
        return new Observations(values, seeds);
    }

    private static final class ParkData {
        final long firstLine;
        final TreeMap<CalendarMonth, MonthValues> months = new TreeMap<>();

        ParkData(long firstLine) { this.firstLine = firstLine; }
    }

    /** The rows of one park and month: run indices and, row after row, the metric values. */
    private static final class MonthValues {
        final int width;
        int count;
        int[] runs = new int[4];
        double[] values;
        final BitSet seen = new BitSet();

        MonthValues(int width) {
            this.width = width;
            this.values = new double[4 * width];
        }

        boolean add(int run, double[] row) {
            if (seen.get(run)) return false;
            seen.set(run);
            if (count == runs.length) {
                runs = Arrays.copyOf(runs, count * 2);
                values = Arrays.copyOf(values, count * 2 * width);
            }
            runs[count] = run;
            System.arraycopy(row, 0, values, count * width, width);
            count++;
            return true;
        }
    }

    /** A metric's values across runs, each with the seed of its run. */
    public record Observations(double[] values, long[] seeds) {
        public int n() { return values.length; }
    }
}
