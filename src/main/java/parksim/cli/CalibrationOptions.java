package parksim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import parksim.calibrate.Seeds;
import parksim.core.FieldException;
import parksim.core.Require;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The targets, parameters, budget and seeds that {@code calibrate} and {@code cross-validate} share. */
public final class CalibrationOptions {
    @Parameters(index = "0", paramLabel = "TARGETS", description = "the targets file (JSON)")
    Path targetsFile;

    @Option(names = "--params", paramLabel = "PARAMS", required = true, description = "the free parameters and their bounds (JSON)")
    Path paramsFile;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "20",
            description = "runs per scenario and evaluation, the same seeds every time (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--evaluations", paramLabel = "N", defaultValue = "200",
            description = "objective evaluations of the optimiser at most, per fit (default: ${DEFAULT-VALUE})")
    int evaluations;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + Seeds.CALIBRATION, description = "seed of the fits' first replicate (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--validation-seed", paramLabel = "N", defaultValue = "" + Seeds.VALIDATION,
            description = "seed of the first replicate on fresh seeds (default: ${DEFAULT-VALUE}, as check-targets)")
    long validationSeed;

    /** Checks the counts and that the validation seeds are disjoint from the fits'; prints the problem and returns false if not. */
    boolean check(PrintWriter err, int validationReplications, String validationReplicationsOption) {
        for (var count : java.util.List.of(java.util.Map.entry("--replications", replications), java.util.Map.entry("--evaluations", evaluations),
                java.util.Map.entry(validationReplicationsOption, validationReplications))) {
            if (count.getValue() < 1) {
                err.println("parksim: " + count.getKey() + ": expected a whole number >= 1, found " + count.getValue());
                return false;
            }
        }
        try {
            Require.seed(seed, replications, "--seed");
            Require.seed(validationSeed, validationReplications, "--validation-seed");
        } catch (FieldException e) {
            err.println("parksim: " + e.getMessage());
            return false;
        }
        if (Seeds.overlap(seed, replications, validationSeed, validationReplications)) {
            err.printf("parksim: --validation-seed: expected seeds disjoint from the calibration's %s, found %s%n", Seeds.range(seed, replications),
                    Seeds.range(validationSeed, validationReplications));
            return false;
        }
        return true;
    }

    /** {@code out}, or {@code results/<prefix>-<targets file name>}. */
    Path folder(Path out, String prefix) {
        return out != null ? out : Path.of("results", prefix + "-" + targetsFile.getFileName().toString().replaceFirst("\\.json$", ""));
    }
}
