package parksim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import parksim.report.ResultChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parksim check-results}: checks a result folder's accounting identities from its files. */
@Command(name = "check-results", mixinStandardHelpOptions = true,
        description = {"Checks that a result folder's files agree with each other: stage counts and flows with the firms' "
                + "stage dates, cumulative figures with their sums, employment, floor, chain completeness, tax, output within "
                + "capacity, spend within the budget, and summary.csv with timeseries.csv.",
                "Exit code 0 if every identity holds, 1 if one does not, 2 for a folder that cannot be read."})
public final class CheckResultsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "a result folder of run, or of a sweep with firms.csv (at year ends only what its rows allow)")
    Path folder;

    @Option(names = "--show", paramLabel = "N", description = "how many broken identities to print (default: ${DEFAULT-VALUE})")
    int show = 20;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (show < 0) {
            spec.commandLine().getErr().println("parksim: --show: expected a whole number >= 0, found " + show);
            return ParkSimCommand.BAD_INPUT;
        }
        ResultChecks checks = ResultChecks.of(folder);
        List<String> problems = checks.problems();
        var out = spec.commandLine().getOut();
        if (problems.isEmpty()) {
            out.printf("%s: every identity holds (%d checks over %d run x park series)%n", folder, checks.identitiesChecked(),
                    checks.series());
            return ParkSimCommand.OK;
        }
        out.printf("%s: %d of %d checks fail%n", folder, problems.size(), checks.identitiesChecked());
        problems.stream().limit(show).forEach(p -> out.println("  " + p));
        if (problems.size() > show) out.printf("  ... and %d more%n", problems.size() - show);
        return ParkSimCommand.FAILED;
    }
}
