package parksim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;
import parksim.calibrate.FreeParameter;
import parksim.calibrate.ParameterSet;
import parksim.calibrate.TargetCase;
import parksim.calibrate.TargetSet;
import parksim.core.Fmt;
import parksim.experiment.Experiment;
import parksim.experiment.ExperimentLoader;
import parksim.scenario.LoadedScenario;
import parksim.scenario.Provenance;
import parksim.scenario.Scenario;
import parksim.scenario.ScenarioLoader;
import parksim.sensitivity.study.Method;
import parksim.sensitivity.study.SensitivityStudy;
import parksim.sensitivity.study.StudyLoader;

/** How {@code validate} checks each kind of file: with the loaders the commands use, so it finds what they would. */
final class ValidateChecks {
    private ValidateChecks() {}

    static int scenario(Path file, FileKind.Options options, PrintWriter out, PrintWriter err) {
        LoadedScenario loaded = ScenarioLoader.load(file);
        Scenario s = loaded.scenario();
        out.printf("%s: valid scenario \"%s\": %d park(s), %d months from %s to %s, seed %d, %d target(s)%n",
                file, s.name(), s.parks().size(), s.months(), s.start(), s.end(), s.seed(), s.targets().size());
        return provenance(file, loaded.provenance(), options, out, err);
    }

    /** Builds and checks every variant's scenario (the grid's too), as sweep does before its first run. */
    static int experiment(Path file, FileKind.Options options, PrintWriter out, PrintWriter err) {
        Experiment e = ExperimentLoader.load(file);
        int fromGrid = e.variants().size() - e.spec().variants().size();
        out.printf("%s: valid experiment \"%s\": %d variant(s)%s x %d replication(s) = %d runs of scenario \"%s\" (%s), %d months, seeds %d..%d%n",
                file, e.spec().name(), e.variants().size(), fromGrid > 0 ? " (" + fromGrid + " from the grid)" : "", e.replications(),
                e.plan().size(), e.base().scenario().name(), e.base().file(), e.variants().get(0).scenario().months(),
                e.seed(), e.seed() + e.replications() - 1);
        out.printf("variants: %s%n", e.variants().stream().map(v -> v.name()).collect(Collectors.joining(", ")));
        out.print("base scenario: ");
        return provenance(e.base().file(), e.base().provenance(), options, out, err);
    }

    /** Checks the inputs, their bounds and the outputs against the scenario, as sensitivity does before its first run. */
    static int sensitivity(Path file, FileKind.Options options, PrintWriter out, PrintWriter err) {
        SensitivityStudy s = StudyLoader.load(file, Method.MORRIS, 1, false);
        long k = s.inputs().size(), n = s.spec().samples(), r = s.spec().replications();
        StudyLoader.checkSize(s.spec(), Method.MORRIS, s.spec().samples(), false, file.toString(), "samples");
        long sobol = n * (k + 2) * r;
        out.printf("%s: valid sensitivity file \"%s\": %d input(s), %d output(s) of scenario \"%s\" (%s); %d base samples x %d replication(s):"
                        + " morris %d runs, sobol %d runs%s%n", file, s.spec().name(), k, s.outputs().size(), s.experiment().base().scenario().name(),
                s.experiment().base().file(), n, r, n * (k + 1) * r, sobol, sobol > ExperimentLoader.MAX_RUNS ? " (over the limit of "
                        + ExperimentLoader.MAX_RUNS + ": sobol would refuse it)" : "");
        out.print("base scenario: ");
        return provenance(s.experiment().base().file(), s.experiment().base().provenance(), options, out, err);
    }

    /** Checks the levers, their ranges, the outputs, the budget path and the packages file, as optimise does before its first run. */
    static int optimise(Path file, FileKind.Options options, PrintWriter out, PrintWriter err) {
        parksim.optimise.OptimiseProblem p = parksim.optimise.OptimiseLoader.load(file);
        var s = p.spec();
        out.printf("%s: valid optimisation file \"%s\": %d lever(s), %s of %s at %s, budgets %s, %d hand-written package(s) to compare%n", file,
                s.name(), p.levers().size(), s.front() ? "the front against " + p.outputs().get(1).metric() : "the best", p.outputs().get(0).metric(),
                p.outputs().get(0).date(), s.budget().values().stream().map(parksim.core.Fmt::number).toList(), p.packages().size());
        out.print("base scenario: ");
        return provenance(p.base().file(), p.base().provenance(), options, out, err);
    }

    /** Checks every target against its scenario (park, firm, figure, dates), as check-targets and calibrate do. */
    static int targets(Path file, FileKind.Options options, PrintWriter out, PrintWriter err) {
        TargetSet t = TargetSet.load(file);
        out.printf("%s: valid targets file: %d target(s) in %d scenario(s)%n", file, t.cases().size(), t.scenarios().size());
        for (TargetCase c : t.cases()) out.printf("  %-16s figure %-4s %s%n", c.target().id(), c.target().figure(), c.scenario());
        return ParkSimCommand.OK;
    }

    /** The parameters on their own, and with --targets their paths in the targets' scenarios, as calibrate does. */
    static int parameters(Path file, FileKind.Options options, PrintWriter out, PrintWriter err) {
        ParameterSet p = options.targets() != null ? ParameterSet.load(file, TargetSet.load(options.targets())) : ParameterSet.read(file);
        out.printf("%s: valid calibration-params file: %d parameter(s)%n", file, p.parameters().size());
        for (FreeParameter f : p.parameters()) {
            out.printf("  %-28s [%s, %s]  %s%n", f.name(), Fmt.number(f.min()), Fmt.number(f.max()), String.join(", ", f.paths()));
        }
        out.println(options.targets() != null ? "paths checked in the scenarios of " + options.targets()
                : "paths not checked: give --targets TARGETS.json to check them in the targets' scenarios");
        return ParkSimCommand.OK;
    }

    private static int provenance(Path file, Provenance p, FileKind.Options options, PrintWriter out, PrintWriter err) {
        out.printf("provenance: %d number(s) cite a figure, %d are calibrated, %d are stated assumptions, %d have neither%n",
                p.cited().size(), p.calibrated().size(), p.assumed().size(), p.unsourced().size());
        for (String path : p.unsourced()) out.printf("  unsourced: %s%n", path);
        if (options.strict() && !p.unsourced().isEmpty()) {
            err.printf("parksim: %s: %d number(s) without a source or assumption (--strict)%n", file, p.unsourced().size());
            return ParkSimCommand.BAD_INPUT;
        }
        return ParkSimCommand.OK;
    }
}
