package parksim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import parksim.calibrate.CalibratedScenarios;
import parksim.calibrate.CalibrationProblem;
import parksim.calibrate.Calibrator;
import parksim.calibrate.Evaluation;
import parksim.calibrate.FitReport;
import parksim.calibrate.FreeParameter;
import parksim.calibrate.Identifiability;
import parksim.calibrate.ParameterSet;
import parksim.calibrate.PosteriorSampler;
import parksim.calibrate.Seeds;
import parksim.calibrate.TargetSet;
import parksim.core.Fmt;
import parksim.report.ProfileChart;
import parksim.results.OutputTarget;
import parksim.results.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parksim calibrate}: fits free parameters to the targets with CMA-ES, then samples an approximate posterior. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fits the free parameters of PARAMS so that the targets' scenarios reproduce the targets.",
                "It fits with CMA-ES, checks the fit on validation seeds, and samples an approximate posterior (ABC population Monte Carlo)",
                "with identifiability profiles. Writes evaluations.csv and the best-so-far fitted-parameters.json as it goes;",
                "run again on the same folder to continue where it stopped."})
public final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    CalibrationOptions c;

    @Option(names = "--posterior-evaluations", paramLabel = "N", defaultValue = "200",
            description = "evaluations of the posterior's ABC sampler; 0: no posterior or profiles (default: ${DEFAULT-VALUE})")
    int posteriorEvaluations;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR", description = "result folder (default: results/calibrate-<targets file name>)")
    Path out;

    @Mixin
    ProgressOption progressOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (posteriorEvaluations < 0) {
            err.println("parksim: --posterior-evaluations: expected a whole number >= 0, found " + posteriorEvaluations);
            return ParkSimCommand.BAD_INPUT;
        }
        if (!c.check(err, c.replications, "--replications")) return ParkSimCommand.BAD_INPUT;
        FileKind.require(c.targetsFile, "targets");
        FileKind.require(c.paramsFile, "calibration-params");
        TargetSet targets = TargetSet.load(c.targetsFile);
        ParameterSet params = ParameterSet.load(c.paramsFile, targets);
        Path dir = c.folder(out, "calibrate");
        OutputTarget.checkWritable(dir);
        PrintWriter o = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        try (CalibrationProblem problem = new CalibrationProblem(targets, params.parameters(), c.replications, c.seed, threads.poolSize())) {
            Calibrator.Result r;
            try (Progress progress = progressOption.bar("parksim calibrate", c.evaluations, " evaluations")) {
                r = new Calibrator(problem, dir, Files.readString(c.targetsFile), Files.readString(c.paramsFile)).run(c.evaluations, progress);
            }
            FitReport report = FitReport.of(targets, r.best());
            report.writeCsv(dir.resolve("fit-report.csv"));
            var written = CalibratedScenarios.write(dir.resolve("scenarios"), problem, r.best(), c.targetsFile.getFileName().toString());
            printFit(o, targets, params, r, dir);
            report.print(o);
            FitReport fresh = FitReport.of(targets, problem.withSeed(c.validationSeed, c.replications).evaluate(r.best().values()));
            fresh.writeCsv(dir.resolve("validation-report.csv"));
            o.printf("%non fresh seeds %s (validation-report.csv):%n", Seeds.range(c.validationSeed, c.replications));
            fresh.print(o);
            o.printf("%ncalibrated scenarios: %s%n", written.stream().map(Path::toString).toList());
            warnMisses(err, report, "calibration seeds " + Seeds.range(c.seed, c.replications));
            warnMisses(err, fresh, "fresh seeds " + Seeds.range(c.validationSeed, c.replications));
            if (posteriorEvaluations > 0) posterior(o, problem, r.best(), dir);
            double seconds = (System.nanoTime() - t0) / 1e9;
            o.printf(Locale.ROOT, "%nran %d simulation(s) on %d thread(s) in %.1f s (%.1f runs/s)%n", problem.runs(), threads.poolSize(),
                    seconds, problem.runs() / seconds);
        } catch (IOException e) {
            return WriteFailure.report(err, dir, new UncheckedIOException(e), true);
        } catch (UncheckedIOException e) {
            return WriteFailure.report(err, dir, e, true);
        }
        return ParkSimCommand.OK;
    }

    private void printFit(PrintWriter o, TargetSet targets, ParameterSet params, Calibrator.Result r, Path dir) {
        o.printf(Locale.ROOT, "%s: %d parameter(s), %d target(s), %d replications on seeds %s; %d evaluations%s -> %s%n",
                c.targetsFile, params.parameters().size(), targets.cases().size(), c.replications, Seeds.range(c.seed, c.replications),
                r.evaluations(), r.resumedFrom() > 0 ? " (" + r.resumedFrom() + " replayed from an earlier session)" : "",
                dir);
        o.printf(Locale.ROOT, "optimiser: %s after %d generation(s); final step size %s of the parameters' ranges%n", r.stop().text(),
                r.generations(), Fmt.number(r.stepSize()));
        o.printf(Locale.ROOT, "objective: %s at the starting point -> %s fitted%n%n", Fmt.number(r.start().objective()),
                Fmt.number(r.best().objective()));
        o.printf(Locale.ROOT, "  %-28s %-12s %-12s %s%n", "parameter", "start", "fitted", "bounds");
        for (int i = 0; i < params.parameters().size(); i++) {
            FreeParameter p = params.parameters().get(i);
            o.printf(Locale.ROOT, "  %-28s %-12s %-12s [%s, %s]%n", p.name(), Fmt.number(r.start().values()[i]),
                    Fmt.number(r.best().values()[i]), Fmt.number(p.min()), Fmt.number(p.max()));
        }
        o.println();
        FitReport start = FitReport.of(targets, r.start());
        long startFits = start.lines().stream().filter(FitReport.Line::fits).count();
        o.printf("at the starting point %d of %d targets had their median within tolerance; fitted:%n", startFits, start.lines().size());
    }

    private static void warnMisses(PrintWriter err, FitReport report, String where) {
        List<String> missed = report.lines().stream().filter(l -> !l.fits()).map(l -> l.target().id()).toList();
        if (!missed.isEmpty()) {
            err.printf("parksim: warning: the calibrated scenarios miss %d target(s) on %s: %s%n", missed.size(), where, String.join(", ", missed));
        }
    }

    private void posterior(PrintWriter o, CalibrationProblem problem, Evaluation best, Path dir) throws IOException {
        List<FreeParameter> params = problem.parameters();
        List<double[]> values = new ArrayList<>();
        List<Double> objectives = new ArrayList<>();
        readLog(dir.resolve(Calibrator.EVALUATIONS), params.size(), values, objectives);
        List<Evaluation> logged = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) logged.add(new Evaluation(values.get(k), objectives.get(k), java.util.Map.of()));
        PosteriorSampler.Result post;
        try (Progress progress = progressOption.bar("parksim posterior", posteriorEvaluations, " points")) {
            post = PosteriorSampler.sample(problem, logged, posteriorEvaluations, progress);
        }
        PosteriorSampler.write(dir.resolve("posterior.csv"), params, post);
        if (post.generations() < 2) {
            spec.commandLine().getErr().println("parksim: warning: the posterior sampler ran out of evaluations in its first generation: "
                    + "posterior.csv holds only its starting population; raise --posterior-evaluations");
        }
        for (Evaluation e : post.points()) {
            values.add(e.values());
            objectives.add(e.objective());
        }
        List<List<Identifiability.Bin>> profiles = new ArrayList<>();
        List<Identifiability.Line> verdicts = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            List<Identifiability.Bin> profile = Identifiability.profile(values, objectives, i, params.get(i));
            profiles.add(profile);
            double[] draws = new double[post.draws().size()];
            for (int j = 0; j < draws.length; j++) draws[j] = post.draws().get(j).values()[i];
            verdicts.add(Identifiability.judge(params.get(i), best.values()[i], draws, post.weights(), profile, post.epsilon()));
            List<double[]> points = profile.stream().filter(b -> b.points() > 0).map(b -> new double[] {(b.low() + b.high()) / 2, b.best()}).toList();
            ProfileChart.write(dir.resolve("profile-" + params.get(i).name() + ".png"), params.get(i).name(), params.get(i).min(),
                    params.get(i).max(), points, post.epsilon(), best.values()[i]);
        }
        Identifiability.writeProfiles(dir.resolve("profiles.csv"), params, profiles);
        Identifiability.writeVerdicts(dir.resolve("identifiability.csv"), verdicts);
        o.printf(Locale.ROOT, "%nposterior (ABC population Monte Carlo, started from the optimiser's points): %d draws after %d generation(s) and %d evaluations, accepted at objective <= %s%s -> posterior.csv%n",
                post.draws().size(), post.generations(), post.points().size(), Fmt.number(post.epsilon()), post.loosened()
                        ? ", above the number of targets: the fit is poorer than the tolerances, the posterior looser"
                        : ", the number of targets (a root-mean-square miss of one tolerance per target)");
        o.printf(Locale.ROOT, "  %-28s %-12s %-12s %-26s %s%n", "parameter", "fitted", "mean", "90% of draws", "the targets");
        for (Identifiability.Line l : verdicts) {
            o.printf(Locale.ROOT, "  %-28s %-12s %-12s %-26s %s (%.0f%% of its range)%n", l.parameter().name(), Fmt.number(l.fitted()),
                    Fmt.number(l.mean()), "[" + Fmt.number(l.p05()) + ", " + Fmt.number(l.p95()) + "]", l.verdict(), 100 * l.rangeShare());
        }
        o.println("profiles: profiles.csv, profile-<parameter>.png; verdicts: identifiability.csv");
    }

    private static void readLog(Path log, int n, List<double[]> values, List<Double> objectives) throws IOException {
        List<String> lines = Files.readAllLines(log);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (cells.length < 2 + n) continue;
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = Double.parseDouble(cells[2 + i]);
            values.add(v);
            objectives.add(Double.parseDouble(cells[1]));
        }
    }
}
