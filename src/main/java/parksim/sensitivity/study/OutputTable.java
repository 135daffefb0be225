package parksim.sensitivity.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parksim.core.InputException;
import parksim.experiment.SweepFolder;
import parksim.results.CsvInput;

/**
 * The outputs of a finished sensitivity sweep, read from its result files: {@code value(o, point, replicate)}.
 * Targets come from {@code runs.csv}, yearly figures from {@code summary.csv}, a month's figures from {@code timeseries.csv}.
 */
public final class OutputTable {
    private final double[][][] values;

    private OutputTable(double[][][] values) {
        this.values = values;
    }

    /** Each point's mean over its replicates. */
    public double[] means(int output) {
        double[] m = new double[values[output].length];
        for (int p = 0; p < m.length; p++) {
            double sum = 0;
            for (double v : values[output][p]) sum += v;
            m[p] = sum / values[output][p].length;
        }
        return m;
    }

    /** {@code [point][replicate]}, a copy. */
    public double[][] byPoint(int output) {
        double[][] copy = new double[values[output].length][];
        for (int p = 0; p < copy.length; p++) copy[p] = values[output][p].clone();
        return copy;
    }

    public static OutputTable read(Path dir, SensitivityStudy study) {
        int outputs = study.outputs().size(), points = study.points(), reps = study.spec().replications();
        double[][][] v = new double[outputs][points][reps];
        boolean[][][] seen = new boolean[outputs][points][reps];
        readRuns(dir.resolve(SweepFolder.RUNS), study, v, seen);
        readParkRows(dir.resolve(SweepFolder.SUMMARY), study, v, seen, false);
        readParkRows(dir.resolve(SweepFolder.TIMESERIES), study, v, seen, true);
        for (int o = 0; o < outputs; o++) {
            for (int p = 0; p < points; p++) {
                for (int r = 0; r < reps; r++) {
                    if (!seen[o][p][r]) {
                        throw new InputException(dir.toString(), "output " + study.outputLabel(o), "a value for every run",
                                "none for design point " + SensitivityStudy.pointName(p, points) + ", replicate " + r);
                    }
                }
            }
        }
        return new OutputTable(v);
    }

    private static void readRuns(Path file, SensitivityStudy study, double[][][] v, boolean[][][] seen) {
        try (CsvInput in = CsvInput.open(file)) {
            int variant = in.column("variant", "the design point"), rep = in.column("replicate", "the replicate");
            int status = in.column("status", "whether the run finished");
            List<int[]> targets = new ArrayList<>();
            for (int o = 0; o < study.outputs().size(); o++) {
                OutputSpec out = study.outputs().get(o);
                if (out.target() != null) targets.add(new int[] {o, in.column(out.label(false), "output " + out.label(false))});
            }
            for (CsvInput.Row row : in) {
                if (!row.raw(status).equals("ok")) throw row.bad(status, "only runs that finished (status ok) to analyse", "\"" + row.raw(status) + "\"");
                int p = point(row, variant, study), r = (int) row.whole(rep);
                for (int[] t : targets) put(v, seen, t[0], p, r, row.number(t[1]));
            }
        }
    }

    private static void readParkRows(Path file, SensitivityStudy study, double[][][] v, boolean[][][] seen, boolean monthly) {
        List<Integer> wanted = new ArrayList<>();
        for (int o = 0; o < study.outputs().size(); o++) {
            OutputSpec out = study.outputs().get(o);
            if (out.target() == null && (out.date() != null) == monthly) wanted.add(o);
        }
        if (wanted.isEmpty()) return;
        try (CsvInput in = CsvInput.open(file)) {
            int variant = in.column("variant", "the design point"), rep = in.column("replicate", "the replicate");
            int park = in.column("park", "the park"), date = monthly ? in.column("date", "the month") : -1;
            int[] columns = new int[wanted.size()];
            for (int w = 0; w < wanted.size(); w++) {
                OutputSpec out = study.outputs().get(wanted.get(w));
                String column = monthly ? out.metric() : out.metric() + "_" + out.year();
                columns[w] = in.column(column, "output " + study.outputLabel(wanted.get(w)));
            }
            for (CsvInput.Row row : in) {
                String rowPark = row.raw(park), rowDate = monthly ? row.raw(date) : null;
                for (int w = 0; w < wanted.size(); w++) {
                    OutputSpec out = study.outputs().get(wanted.get(w));
                    if (!out.park().equals(rowPark) || (monthly && !out.date().equals(rowDate))) continue;
                    put(v, seen, wanted.get(w), point(row, variant, study), (int) row.whole(rep), row.number(columns[w]));
                }
            }
        }
    }

    private static int point(CsvInput.Row row, int column, SensitivityStudy study) {
        String name = row.raw(column);
        try {
            int p = Integer.parseInt(name.substring(1)) - 1;
            if (name.startsWith("p") && p >= 0 && p < study.points()) return p;
        } catch (RuntimeException ignored) {
            // reported below
        }
        throw row.bad(column, "a design point p1 .. p" + study.points(), "\"" + name + "\"");
    }

    private static void put(double[][][] v, boolean[][][] seen, int o, int p, int r, double value) {
        v[o][p][r] = value;
        seen[o][p][r] = true;
    }
}
