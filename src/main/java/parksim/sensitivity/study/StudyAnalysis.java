package parksim.sensitivity.study;

import java.util.ArrayList;
import java.util.List;
import parksim.sensitivity.Bootstrap;
import parksim.sensitivity.Estimate;
import parksim.sensitivity.MorrisEffects;
import parksim.sensitivity.SobolIndices;

/**
 * The indices of a finished study, output by output, computed on each design point's mean over its replicates.
 * Replication noise is measured beside them: the share of the variance of the point means that is the variance of a
 * mean of R runs at one point (the mean within-point variance / R). A Sobol index below that share cannot be told from zero.
 */
public final class StudyAnalysis {
    /** One input's indices for one output: S1 and ST (Sobol) or mu*, mu and sigma (Morris). */
    public record Row(String output, String input, String path, List<Estimate> values, double noiseShare) {
        public boolean aboveNoise(int index) {
            return Double.isFinite(noiseShare) && values.get(index).value() > noiseShare;
        }
    }

    public static final List<String> SOBOL = List.of("S1", "ST");
    public static final List<String> MORRIS = List.of("mu_star", "mu", "sigma");

    private StudyAnalysis() {}

    public static List<Row> analyse(SensitivityStudy study, OutputTable table) {
        List<Row> rows = new ArrayList<>();
        int k = study.inputs().size();
        for (int o = 0; o < study.outputs().size(); o++) {
            double[] means = table.means(o);
            double noise = noiseShare(table, o, means);
            long seed = study.spec().seed() + o;
            List<List<Estimate>> perInput = new ArrayList<>();
            if (study.method() == Method.SOBOL) {
                SobolIndices s = SobolIndices.estimate(means, study.samples(), k, Bootstrap.DEFAULT_RESAMPLES, seed);
                for (int i = 0; i < k; i++) perInput.add(List.of(s.first().get(i), s.total().get(i)));
            } else {
                MorrisEffects m = MorrisEffects.estimate(means, study.unit(), study.samples(), k, Bootstrap.DEFAULT_RESAMPLES, seed);
                for (int i = 0; i < k; i++) perInput.add(List.of(m.muStar().get(i), m.mu().get(i), m.sigma().get(i)));
            }
            List<Row> forOutput = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                InputSpec in = study.inputs().get(i);
                forOutput.add(new Row(study.outputLabel(o), in.name(), in.path(), perInput.get(i), noise));
            }
            // Ranked by total-order index (Sobol) or mu* (Morris), the usual screening orders.
            int rank = study.method() == Method.SOBOL ? 1 : 0;
            forOutput.sort((a, b) -> Double.compare(key(b, rank), key(a, rank)));
            rows.addAll(forOutput);
        }
        return rows;
    }

    private static double key(Row r, int index) {
        double v = r.values().get(index).value();
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    /** Share of the point means' variance that is replication noise; NaN with one replicate, where it cannot be measured. */
    static double noiseShare(OutputTable table, int o, double[] means) {
        int reps = table.replicates();
        if (reps < 2) return Double.NaN;
        double within = 0;
        for (int p = 0; p < means.length; p++) {
            double ss = 0;
            for (int r = 0; r < reps; r++) ss += Math.pow(table.value(o, p, r) - means[p], 2);
            within += ss / (reps - 1);
        }
        within /= means.length;
        double grand = 0;
        for (double m : means) grand += m;
        grand /= means.length;
        double between = 0;
        for (double m : means) between += (m - grand) * (m - grand);
        between /= means.length - 1;
        if (between <= 0) return within > 0 ? 1 : Double.NaN;
        return Math.min(1, within / reps / between);
    }
}
