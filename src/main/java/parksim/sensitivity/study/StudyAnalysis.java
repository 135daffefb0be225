package parksim.sensitivity.study;

import java.util.ArrayList;
import java.util.List;
import parksim.core.Estimate;
import parksim.sensitivity.Bootstrap;
import parksim.sensitivity.MorrisEffects;
import parksim.sensitivity.ReplicationNoise;
import parksim.sensitivity.SobolIndices;

/**
 * The indices of a finished study, output by output, computed on each design point's mean over its replicates, with
 * the {@link ReplicationNoise} share beside them: a Sobol index below it cannot be told from zero.
 */
public final class StudyAnalysis {
    /** One input's indices for one output: S1 and ST (Sobol) or mu*, mu and sigma (Morris). */
    public record Row(String output, String input, String path, List<Estimate> values, double noiseShare) {
        public boolean aboveNoise(int index) {
            return Double.isFinite(noiseShare) && values.get(index).value() > noiseShare;
        }
    }

    /** The second-order index of a pair of inputs for one output. */
    public record Pair(String output, String first, String second, Estimate s2, double noiseShare) {
        public boolean aboveNoise() {
            return Double.isFinite(noiseShare) && s2.value() > noiseShare;
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
            double noise = ReplicationNoise.share(table.byPoint(o));
            long seed = study.spec().seed() + o;
            List<List<Estimate>> perInput = new ArrayList<>();
            if (study.method() == Method.SOBOL) {
                SobolIndices s = SobolIndices.estimate(means, study.samples(), k, study.secondOrder(), Bootstrap.DEFAULT_RESAMPLES, seed);
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

    /** The second-order indices of every pair, output by output, ranked by S2; empty unless the design has their points. */
    public static List<Pair> pairs(SensitivityStudy study, OutputTable table) {
        List<Pair> pairs = new ArrayList<>();
        if (!study.secondOrder()) return pairs;
        int k = study.inputs().size();
        for (int o = 0; o < study.outputs().size(); o++) {
            double noise = ReplicationNoise.share(table.byPoint(o));
            SobolIndices s = SobolIndices.estimate(table.means(o), study.samples(), k, true, Bootstrap.DEFAULT_RESAMPLES, study.spec().seed() + o);
            List<Pair> forOutput = new ArrayList<>();
            int at = 0;
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++) {
                    forOutput.add(new Pair(study.outputLabel(o), study.inputs().get(i).name(), study.inputs().get(j).name(), s.second().get(at++), noise));
                }
            }
            forOutput.sort((a, b) -> Double.compare(b.s2().value(), a.s2().value()));
            pairs.addAll(forOutput);
        }
        return pairs;
    }
}
