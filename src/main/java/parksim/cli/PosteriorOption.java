package parksim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import parksim.calibrate.ParameterSet;
import parksim.calibrate.Posterior;
import parksim.experiment.ReplicateDraws;
import parksim.scenario.Scenario;
import picocli.CommandLine.Option;

/** {@code --posterior FILE [--posterior-params PARAMS]}: draw each replicate's parameters from a calibration's posterior sample. */
public final class PosteriorOption {
    @Option(names = "--posterior", paramLabel = "FILE",
            description = "draw each replicate's parameters from this posterior sample (CSV: one column per parameter, optional weight)")
    Path file;

    @Option(names = "--posterior-params", paramLabel = "PARAMS",
            description = "the parameters file the posterior's columns name (default: calibration-params.json beside FILE)")
    Path params;

    /** The posterior, or null when none was asked for. */
    public Posterior load() {
        if (file == null) return null;
        Path p = params != null ? params
                : file.getParent() == null ? Path.of("calibration-params.json") : file.getParent().resolve("calibration-params.json");
        return Posterior.load(file, ParameterSet.read(p).parameters());
    }

    /** The draws for a command's runs: none without {@code --posterior}. */
    public static ReplicateDraws draws(Posterior posterior) {
        return posterior == null ? ReplicateDraws.NONE : posterior;
    }

    /** One line saying which posterior the runs draw from and which of its parameters apply to the scenario. */
    public static void describe(PrintWriter o, Posterior posterior, Scenario scenario) {
        if (posterior == null) return;
        o.printf("parameters drawn per replicate from %s (%d draws); applying to %s: %s%n", posterior.file(), posterior.size(),
                scenario.name(), posterior.applicableTo(scenario));
    }
}
