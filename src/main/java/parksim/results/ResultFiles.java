package parksim.results;

import java.nio.file.Files;
import java.nio.file.Path;
import parksim.core.InputException;

/**
 * The files behind one RESULTS argument of {@code compare}: a result folder written by {@code run} or
 * {@code sweep}, or a {@code timeseries.csv} named directly, whose sibling files are used when present.
 *
 * @param timeseries  the per-month results (required)
 * @param summary     {@code summary.csv} with the target checks, or null
 * @param runs        a sweep's {@code runs.csv} (which runs succeeded), or null
 * @param description {@code run.json} or {@code experiment.json}, which describe the targets, or null
 */
public record ResultFiles(String argument, Path timeseries, Path summary, Path runs, Path description) {
    public static final String TIMESERIES = "timeseries.csv";

    /** Whether the results come from a sweep, whose {@code variant} column names the variants. */
    public boolean sweep() {
        return runs != null || description != null && description.getFileName().toString().equals("experiment.json");
    }

    public static ResultFiles locate(Path argument) {
        String name = argument.toString();
        Path folder;
        Path timeseries;
        if (Files.isDirectory(argument)) {
            folder = argument;
            timeseries = argument.resolve(TIMESERIES);
            if (!Files.isRegularFile(timeseries)) {
                throw new InputException(name, "", "a result folder of run or sweep, holding " + TIMESERIES, "a folder without " + TIMESERIES);
            }
        } else if (Files.isRegularFile(argument)) {
            timeseries = argument;
            folder = argument.toAbsolutePath().getParent();
        } else {
            throw new InputException(name, "no such file or folder");
        }
        return new ResultFiles(name, timeseries, sibling(folder, "summary.csv"), sibling(folder, "runs.csv"), description(folder));
    }

    private static Path description(Path folder) {
        Path experiment = sibling(folder, "experiment.json");
        return experiment != null ? experiment : sibling(folder, "run.json");
    }

    private static Path sibling(Path folder, String file) {
        Path p = folder.resolve(file);
        return Files.isRegularFile(p) ? p : null;
    }
}
