package parksim.calibrate;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import parksim.results.CsvOutput;
import parksim.results.Progress;

/**
 * An approximate posterior sample by ABC population Monte Carlo (Beaumont et al. 2009), with the calibration
 * objective as the distance and a prior uniform within the parameters' bounds.
 *
 * <p>Generation 0 is the best particles among the optimiser's points (if given) and a Sobol design over the box of
 * the bounds, so that the sampler starts near the optimum and still sees the whole box; it is only a starting
 * population: the importance weights of each later generation are valid whatever the previous generation's
 * origin, as long as the kernels cover the posterior. Each later generation draws a particle of the
 * previous one by its weight, moves it by a Gaussian kernel (in the unit cube of the bounds; per parameter, twice
 * the weighted variance of the previous generation) and keeps the move if it stays within the bounds; a proposal
 * is accepted when its objective is at most the generation's ε. ε falls from generation to generation to the
 * median distance of the previous generation, but never below the number of targets — a root-mean-square miss of
 * one tolerance per target, the tolerance the targets themselves state. Accepted particles are weighted
 * prior / Σ_j w_j K(θ | θ_j), i.e. 1 / that sum, as the prior is uniform. Sampling stops when the evaluation budget
 * is spent or a generation accepts under a tenth of its proposals (ε can hardly fall further); the result is the
 * last complete generation after generation 0. Its randomness is a MersenneTwisterFast stream of the
 * calibration seed, so the same calibration gives the same posterior.
 */
public final class PosteriorSampler {
    /** Particles per generation at most. */
    public static final int PARTICLES = 40;
    private static final int STREAM = 0x61626370;

    /**
     * @param points   every evaluated point, in order (for the profiles)
     * @param draws    the final generation's particles (evaluations)
     * @param weights  their weights (mean 1)
     * @param epsilon  the final generation's acceptance threshold on the objective
     * @param loosened whether ε is still above the number of targets (the fit is poorer than the tolerances)
     * @param generations complete generations
     */
    public record Result(List<Evaluation> points, List<Evaluation> draws, double[] weights, double epsilon, boolean loosened,
                         int generations) {}

    private PosteriorSampler() {}

    public static Result sample(CalibrationProblem problem, List<Evaluation> start, int budget, Progress progress) {
        List<FreeParameter> params = problem.parameters();
        int n = params.size();
        int particles = Math.max(4, Math.min(PARTICLES, budget / 4));
        double floor = problem.targets().cases().size();
        MersenneTwisterFast random = new MersenneTwisterFast(new int[] {(int) problem.seed(), (int) (problem.seed() >>> 32), STREAM});
        List<Evaluation> points = new ArrayList<>();
        // Generation 0: a Sobol design from the prior, the best `particles` of twice as many points.
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(n);
        sobol.skipTo(1); // the first Sobol point is the cube's corner
        int first = Math.min(budget, 2 * particles);
        for (int k = 0; k < first; k++) points.add(evaluate(problem, params, sobol.nextVector(), progress, points.size() + 1));
        List<Evaluation> population = new ArrayList<>(points);
        population.addAll(start);
        population.sort((a, b) -> Double.compare(a.objective(), b.objective()));
        population = new ArrayList<>(population.subList(0, Math.min(particles, population.size())));
        double epsilon = Math.max(floor, population.get(population.size() - 1).objective());
        double[] weights = new double[population.size()];
        Arrays.fill(weights, 1);
        int generations = 1;
        boolean fresh = true;
        while (points.size() < budget && (fresh || epsilon > floor)) {
            double next = Math.max(floor, fresh ? epsilon : median(population));
            double[] scale = kernelScale(params, population, weights);
            List<Evaluation> accepted = new ArrayList<>();
            int before = points.size();
            while (accepted.size() < population.size() && points.size() < budget) {
                double[] u = propose(params, population, weights, scale, random);
                Evaluation e = evaluate(problem, params, u, progress, points.size() + 1);
                points.add(e);
                if (e.objective() <= next) accepted.add(e);
            }
            if (accepted.size() < population.size()) break; // budget spent mid-generation: keep the last complete one
            int proposals = points.size() - before;
            weights = weigh(params, accepted, population, weights, scale);
            population = accepted;
            epsilon = next;
            generations++;
            fresh = false;
            if (accepted.size() < 0.1 * proposals) break;
        }
        double sum = Arrays.stream(weights).sum();
        for (int j = 0; j < weights.length; j++) weights[j] *= weights.length / sum;
        return new Result(points, population, weights, epsilon, epsilon > floor, generations);
    }

    private static Evaluation evaluate(CalibrationProblem problem, List<FreeParameter> params, double[] unit, Progress progress, int done) {
        double[] v = new double[unit.length];
        for (int i = 0; i < v.length; i++) v[i] = params.get(i).fromUnit(unit[i]);
        Evaluation e = problem.evaluate(v);
        if (progress != null) progress.stepTo(done);
        return e;
    }

    private static double median(List<Evaluation> population) {
        double[] d = population.stream().mapToDouble(Evaluation::objective).sorted().toArray();
        return d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
    }

    /** Per parameter, the kernel's standard deviation in the unit cube: √(2 × weighted variance), at least 1 % of the range. */
    private static double[] kernelScale(List<FreeParameter> params, List<Evaluation> population, double[] weights) {
        double[] scale = new double[params.size()];
        double total = Arrays.stream(weights).sum();
        for (int i = 0; i < scale.length; i++) {
            double mean = 0;
            for (int j = 0; j < weights.length; j++) mean += weights[j] * params.get(i).toUnit(population.get(j).values()[i]) / total;
            double var = 0;
            for (int j = 0; j < weights.length; j++) var += weights[j] * Math.pow(params.get(i).toUnit(population.get(j).values()[i]) - mean, 2) / total;
            scale[i] = Math.max(0.01, Math.sqrt(2 * var));
        }
        return scale;
    }

    private static double[] propose(List<FreeParameter> params, List<Evaluation> population, double[] weights, double[] scale,
                                    MersenneTwisterFast random) {
        double total = Arrays.stream(weights).sum();
        while (true) {
            double pick = random.nextDouble() * total;
            int j = 0;
            while (j < weights.length - 1 && (pick -= weights[j]) >= 0) j++;
            double[] u = new double[params.size()];
            boolean inside = true;
            for (int i = 0; i < u.length; i++) {
                u[i] = params.get(i).toUnit(population.get(j).values()[i]) + scale[i] * random.nextGaussian();
                inside &= u[i] >= 0 && u[i] <= 1;
            }
            if (inside) return u;
        }
    }

    /** Importance weights of the new particles: uniform prior over the mixture of kernels around the previous ones. */
    private static double[] weigh(List<FreeParameter> params, List<Evaluation> now, List<Evaluation> before, double[] w, double[] scale) {
        double[] out = new double[now.size()];
        for (int a = 0; a < out.length; a++) {
            double mixture = 0;
            for (int b = 0; b < before.size(); b++) {
                double log = 0;
                for (int i = 0; i < scale.length; i++) {
                    double z = (params.get(i).toUnit(now.get(a).values()[i]) - params.get(i).toUnit(before.get(b).values()[i])) / scale[i];
                    log -= z * z / 2;
                }
                mixture += w[b] * Math.exp(log);
            }
            out[a] = 1 / Math.max(mixture, Double.MIN_NORMAL);
        }
        return out;
    }

    /** Writes the draws: one column per parameter (named as in the parameters file) and {@code weight}. */
    public static void write(Path file, List<FreeParameter> params, Result r) {
        List<String> header = new ArrayList<>(params.stream().map(FreeParameter::name).toList());
        header.add(Posterior.WEIGHT);
        try (CsvOutput out = new CsvOutput(file, header)) {
            for (int j = 0; j < r.draws().size(); j++) {
                List<String> row = new ArrayList<>();
                for (double v : r.draws().get(j).values()) row.add(Double.toString(v));
                row.add(Double.toString(r.weights()[j]));
                out.row(row);
            }
        }
    }
}
