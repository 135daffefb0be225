package parksim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import parksim.core.Fmt;
import parksim.results.OutputTarget;
import parksim.results.ResultDirectory;
import parksim.sensitivity.Prim;
import parksim.sensitivity.discovery.Cases;
import parksim.sensitivity.discovery.Condition;
import parksim.sensitivity.discovery.DiscoveryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parksim discover}: PRIM scenario discovery on the runs of a sweep or sensitivity folder. */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Scenario discovery (PRIM): finds the box of input values in which a condition on the runs' results concentrates.",
                "The inputs are the scenario paths the folder's variants set; the condition reads columns of runs.csv or METRIC@YYYY-MM."})
public final class DiscoverCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESULTS", description = "a sweep or sensitivity result folder")
    Path results;

    @Option(names = "--where", required = true, paramLabel = "CONDITION",
            description = "e.g. \"target_Y7_met == 0\" or \"occupied_m2@2030-12 / lettable_m2@2030-12 < 0.5\" (and, or, parentheses)")
    String where;

    @Option(names = "--out", paramLabel = "DIR", description = "result folder (default: a new folder discover under RESULTS)")
    Path out;

    @Option(names = "--threshold", paramLabel = "DENSITY", defaultValue = "0.8",
            description = "choose the box with the most coverage whose density reaches this (default 0.8)")
    double threshold;

    @Option(names = "--alpha", paramLabel = "SHARE", defaultValue = "0.05", description = "share of the box peeled at each step (default 0.05)")
    double alpha;

    @Option(names = "--min-mass", paramLabel = "SHARE", defaultValue = "0.05", description = "smallest share of the runs a box may hold (default 0.05)")
    double minMass;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        String bad = !(alpha > 0 && alpha < 0.5) ? "--alpha: expected a share in (0, 0.5), found " + shown(alpha)
                : !(minMass > 0 && minMass < 1) ? "--min-mass: expected a share in (0, 1), found " + shown(minMass)
                : !(threshold > 0 && threshold <= 1) ? "--threshold: expected a density in (0, 1], found " + shown(threshold) : null;
        if (bad != null) {
            spec.commandLine().getErr().println("parksim: " + bad);
            return ParkSimCommand.BAD_INPUT;
        }
        Prim prim = new Prim(alpha, minMass);
        Condition condition = Condition.parse(where);
        if (out != null) OutputTarget.checkWritable(out);
        Cases cases = Cases.read(results, condition);
        o.printf(Locale.ROOT, "%s: %d runs, %d of them (%s) where %s; %d inputs%n", results, cases.y().length, cases.ofInterest(),
                Fmt.share(cases.ofInterest() / (double) cases.y().length), condition, cases.inputs().size());
        if (cases.ofInterest() == 0) {
            o.println("the condition holds in no run: nothing to discover");
            return ParkSimCommand.OK;
        }
        List<Prim.Box> trajectory = prim.peel(cases.x(), cases.y());
        Prim.Box chosen = Prim.choose(trajectory, threshold);
        List<Prim.Restriction> restrictions = prim.restrictions(cases.x(), cases.y(), chosen);
        Path dir = out != null ? out : ResultDirectory.fresh(results, "discover");
        try {
            DiscoveryReport.write(dir, cases, trajectory, chosen, restrictions, condition.toString());
        } catch (java.io.UncheckedIOException e) {
            return WriteFailure.report(spec.commandLine().getErr(), dir, e, false);
        }
        DiscoveryReport.print(cases, chosen, restrictions, o);
        o.printf("peeling trajectory, chosen box and trade-off chart -> %s%n", dir);
        return ParkSimCommand.OK;
    }

    private static String shown(double v) {
        return Double.isFinite(v) ? Fmt.number(v) : String.valueOf(v);
    }
}
