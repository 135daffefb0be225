package parksim.report;

import ec.util.MersenneTwisterFast;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import parksim.core.CalendarMonth;
import parksim.core.Metric;
import parksim.observe.TimeseriesTable;

/**
 * Hand-made result folders with a known truth, shaped like those of {@code run} and {@code sweep}.
 *
 * <p>Run r (seed {@code firstSeed + r}) has a run effect u_r ~ N(0, 1) shared by every variant, as
 * common random numbers make it; a metric's value at month k of n is
 * {@code level × (k+1)/n × (1 + 0.2 u_r) + shift × (k+1)/n + noise × level/10 × e}, with e ~ N(0, 1) drawn
 * per variant. So at the last month a variant's mean exceeds another's by exactly the difference of
 * their shifts, in expectation. Target T1 is "tenants_open at least 20 at the last month".
 */
public final class SyntheticResults {
    public static final CalendarMonth START = new CalendarMonth(2025, 1);
    private static final Map<Metric, Double> LEVELS = Map.of(Metric.TENANTS_SIGNED_CUM, 30.0, Metric.TENANTS_OPEN, 18.0,
            Metric.OUTPUT_12M, 1.4e9, Metric.EMPLOYMENT, 900.0, Metric.CHAIN_COMPLETENESS, 0.8, Metric.SPEND_CUM, 60e6);

    /** A variant: its name, what it adds to metrics by the last month, and how noisy its own runs are. */
    public record Variant(String name, Map<Metric, Double> shift, double noise, long noiseSeed) {
        public static Variant of(String name, double noise, long noiseSeed, Object... metricsAndShifts) {
            Map<Metric, Double> shift = new java.util.HashMap<>();
            for (int i = 0; i < metricsAndShifts.length; i += 2) shift.put((Metric) metricsAndShifts[i], ((Number) metricsAndShifts[i + 1]).doubleValue());
            return new Variant(name, shift, noise, noiseSeed);
        }
    }

    /**
     * @param sweep       a sweep folder (variant column = variant name, runs.csv, experiment.json); otherwise a
     *                    run folder of scenario {@code scenario} (variant column "base", run.json) with one variant
     * @param failedRuns  run ids listed as failed in runs.csv (their rows are still written, as a sweep might)
     */
    public record Spec(String scenario, List<Variant> variants, int runs, long firstSeed, int months, List<String> parks,
                       boolean sweep, Set<String> failedRuns) {
        public static Spec sweep(List<Variant> variants, int runs) {
            return new Spec("synthetic", variants, runs, 1000, 24, List.of("p1"), true, Set.of());
        }

        public static Spec run(String scenario, Variant variant, int runs, long firstSeed) {
            return new Spec(scenario, List.of(variant), runs, firstSeed, 24, List.of("p1"), false, Set.of());
        }

        public Spec withParks(List<String> p) { return new Spec(scenario, variants, runs, firstSeed, months, p, sweep, failedRuns); }

        public Spec withFailed(Set<String> f) { return new Spec(scenario, variants, runs, firstSeed, months, parks, sweep, f); }

        public Spec withMonths(int m) { return new Spec(scenario, variants, runs, firstSeed, m, parks, sweep, failedRuns); }

        public CalendarMonth last() { return START.plus(months - 1); }
    }

    private SyntheticResults() {}

    public static Path write(Path dir, Spec spec) {
        try {
            Files.createDirectories(dir);
            try (BufferedWriter timeseries = Files.newBufferedWriter(dir.resolve("timeseries.csv"));
                 BufferedWriter summary = Files.newBufferedWriter(dir.resolve("summary.csv"));
                 BufferedWriter runs = Files.newBufferedWriter(dir.resolve("runs.csv"))) {
                timeseries.write(String.join(",", TimeseriesTable.HEADER) + "\n");
                summary.write("run_id,scenario,variant,replicate,seed,park,end_date,target_T1_value,target_T1_met\n");
                runs.write("run_id,variant,replicate,seed,status\n");
                StringBuilder row = new StringBuilder();
                for (Variant v : spec.variants()) {
                    String variantColumn = spec.sweep() ? v.name() : "base";
                    for (int r = 0; r < spec.runs(); r++) {
                        long seed = spec.firstSeed() + r;
                        String runId = String.format(Locale.ROOT, "%s-r%03d", variantColumn, r);
                        double runEffect = new MersenneTwisterFast(seed).nextGaussian();
                        MersenneTwisterFast noise = new MersenneTwisterFast(new int[] {(int) v.noiseSeed(), (int) seed});
                        for (String park : spec.parks()) {
                            double open = 0;
                            for (int k = 0; k < spec.months(); k++) {
                                double ramp = (k + 1.0) / spec.months();
                                row.setLength(0);
                                row.append(runId).append(',').append(spec.scenario()).append(',').append(variantColumn).append(',').append(r)
                                        .append(',').append(seed).append(',').append(START.plus(k)).append(',').append(park);
                                for (Metric m : Metric.values()) {
                                    double level = LEVELS.getOrDefault(m, 10.0);
                                    // Columns added after FUND_HOLDINGS draw no noise, so that a new column does not
                                    // reshuffle the synthetic data the tests' expectations were written on.
                                    double e = m.ordinal() <= Metric.FUND_HOLDINGS.ordinal() ? noise.nextGaussian() : 0;
                                    double value = level * ramp * (1 + 0.2 * runEffect) + v.shift().getOrDefault(m, 0.0) * ramp
                                            + v.noise() * level / 10 * e;
                                    if (m == Metric.TENANTS_OPEN) open = value;
                                    row.append(',').append(String.format(Locale.ROOT, "%.6f", value));
                                }
                                timeseries.write(row.append('\n').toString());
                            }
                            summary.write(String.join(",", runId, spec.scenario(), variantColumn, Integer.toString(r), Long.toString(seed), park,
                                    spec.last().toString(), String.format(Locale.ROOT, "%.6f", open), open >= 20 ? "1" : "0") + "\n");
                        }
                        runs.write(String.join(",", runId, variantColumn, Integer.toString(r), Long.toString(seed),
                                spec.failedRuns().contains(runId) ? "failed" : "ok") + "\n");
                    }
                }
            }
            String targets = "{\"targets\": [{\"id\": \"T1\", \"figure\": \"\", \"description\": \"20 open tenants by the end\", "
                    + "\"park\": \"" + spec.parks().get(0) + "\", \"metric\": \"tenants_open\", \"date\": \"" + spec.last()
                    + "\", \"comparison\": \"atLeast\", \"value\": 20}]}";
            if (spec.sweep()) {
                Files.writeString(dir.resolve("experiment.json"), "{\"scenario\": " + targets + "}");
            } else {
                Files.delete(dir.resolve("runs.csv"));
                Files.writeString(dir.resolve("run.json"), "{\"program\": \"parksim\", \"scenario\": " + targets + "}");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
