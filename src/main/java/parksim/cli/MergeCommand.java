package parksim.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import parksim.experiment.SweepMerge;
import parksim.report.SweepReport;
import parksim.results.OutputTarget;
import parksim.results.SweepRuns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parksim merge}: joins the folders of a sharded sweep into one. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Joins sweep folders of the same experiment (e.g. the shards of a job array) into one set of files, in the order an unsharded sweep writes.")
public final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "sweep folders to join")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder for the merged files")
    Path out;

    @Mixin
    ForceOption forceOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean replace = OutputTarget.check(out, forceOption.force, dirs);
        SweepMerge.Result r;
        try {
            r = SweepMerge.merge(dirs, out, replace);
        } catch (UncheckedIOException e) {
            return WriteFailure.report(spec.commandLine().getErr(), out, e, false);
        }
        var o = spec.commandLine().getOut();
        o.printf("merged %d folder(s): %d of %d runs%s -> %s%n", dirs.size(), r.runs(), r.planned(),
                r.complete() ? "" : " (incomplete: some shards are missing or unfinished)", out);
        SweepReport.print(SweepRuns.read(out), o);
        if (r.failed() > 0) {
            spec.commandLine().getErr().printf("parksim: %d run(s) failed; see the status and error columns of %s%n", r.failed(),
                    out.resolve("runs.csv"));
            return ParkSimCommand.FAILED;
        }
        return ParkSimCommand.OK;
    }
}
