package parksim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import parksim.calibrate.CalibratedScenarios;
import parksim.calibrate.CalibrationProblem;
import parksim.calibrate.Calibrator;
import parksim.calibrate.FitReport;
import parksim.calibrate.FreeParameter;
import parksim.calibrate.ParameterSet;
import parksim.calibrate.TargetSet;
import parksim.core.FieldException;
import parksim.core.Fmt;
import parksim.core.Require;
import parksim.report.OutputTarget;
import parksim.report.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parksim calibrate}: fits free parameters to the targets with CMA-ES. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fits the free parameters of PARAMS so that the targets' scenarios reproduce the targets (CMA-ES).",
                "Writes evaluations.csv and the best-so-far fitted-parameters.json as it goes; run again on the same folder to continue."})
public final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TARGETS", description = "the targets file (JSON)")
    Path targetsFile;

    @Option(names = "--params", paramLabel = "PARAMS", required = true, description = "the free parameters and their bounds (JSON)")
    Path paramsFile;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "20", description = "runs per scenario and evaluation, the same seeds every time (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--evaluations", paramLabel = "N", defaultValue = "200", description = "objective evaluations in all (default: ${DEFAULT-VALUE})")
    int evaluations;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "seed of the first replicate (default: ${DEFAULT-VALUE})")
    long seed;

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
        if (replications < 1 || evaluations < 1) {
            err.println("parksim: --replications and --evaluations must be at least 1");
            return ParkSimCommand.BAD_INPUT;
        }
        FileKind.require(targetsFile, "targets");
        FileKind.require(paramsFile, "calibration-params");
        try {
            Require.seed(seed, replications, "--seed");
        } catch (FieldException e) {
            err.println("parksim: --seed: expected " + e.expected() + ", found " + e.found());
            return ParkSimCommand.BAD_INPUT;
        }
        TargetSet targets = TargetSet.load(targetsFile);
        ParameterSet params = ParameterSet.load(paramsFile, targets);
        String stem = targetsFile.getFileName().toString().replaceFirst("\\.json$", "");
        Path dir = out != null ? out : Path.of("results", "calibrate-" + stem);
        OutputTarget.checkWritable(dir);
        PrintWriter o = spec.commandLine().getOut();
        try (CalibrationProblem problem = new CalibrationProblem(targets, params.parameters(), replications, seed,
                threads.poolSize());
             Progress progress = progressOption.bar("parksim calibrate", evaluations, " evaluations")) {
            Calibrator calibrator = new Calibrator(problem, dir, Files.readString(targetsFile), Files.readString(paramsFile));
            Calibrator.Result r = calibrator.run(evaluations, progress);
            FitReport report = FitReport.of(targets, r.best());
            report.writeCsv(dir.resolve("fit-report.csv"));
            var written = CalibratedScenarios.write(dir.resolve("scenarios"), problem, r.best(), targetsFile.getFileName().toString());
            o.printf(Locale.ROOT, "%s: %d parameter(s), %d target(s), %d replications; %d evaluations%s; best objective %s -> %s%n%n",
                    targetsFile, params.parameters().size(), targets.cases().size(), replications, r.evaluations(),
                    r.resumedFrom() > 0 ? " (" + r.resumedFrom() + " from an earlier session)" : "", Fmt.number(r.best().objective()), dir);
            for (int i = 0; i < params.parameters().size(); i++) {
                FreeParameter p = params.parameters().get(i);
                o.printf(Locale.ROOT, "  %-28s %-12s in [%s, %s]  %s%n", p.name(), Fmt.number(r.best().values()[i]), Fmt.number(p.min()),
                        Fmt.number(p.max()), String.join(", ", p.paths()));
            }
            o.println();
            report.print(o);
            o.printf("%ncalibrated scenarios: %s%n", written.stream().map(Path::toString).toList());
        } catch (IOException e) {
            return WriteFailure.report(err, dir, new UncheckedIOException(e), true);
        } catch (UncheckedIOException e) {
            return WriteFailure.report(err, dir, e, true);
        }
        return ParkSimCommand.OK;
    }
}
