package parksim.cli;

import parksim.results.Progress;
import picocli.CommandLine.Option;

/** {@code --no-progress}, shared by the commands that show a progress bar on long work. */
final class ProgressOption {
    @Option(names = "--no-progress", description = "show no progress on stderr (neither the bar nor, in a log, the progress lines)")
    boolean off;

    Progress bar(String task, long total, String unit) {
        return new Progress(!off, task, total, unit);
    }
}
