package parksim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import parksim.calibrate.FreeParameter;
import parksim.calibrate.ParameterSet;
import parksim.calibrate.Posterior;
import parksim.core.InputException;
import parksim.experiment.Experiment;
import parksim.experiment.ReplicateDraws;
import parksim.scenario.ScenarioPaths;
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
        if (file == null && params != null) {
            throw new InputException(params.toString(), "--posterior-params", "--posterior FILE as well (the parameters file names a posterior's columns)",
                    "no --posterior, so the runs would not use it");
        }
        if (file == null) return null;
        Path p = params != null ? params
                : file.getParent() == null ? Path.of("calibration-params.json") : file.getParent().resolve("calibration-params.json");
        return Posterior.load(file, ParameterSet.read(p).parameters());
    }

    /**
     * Refuses a posterior that sets a number the experiment varies, whatever path either reaches it by
     * ({@code parks[*].visibility} and {@code parks[yanji].visibility}): the draw would overwrite the factor.
     */
    public static void checkDisjoint(Posterior posterior, Experiment e) {
        if (posterior == null) return;
        JsonNode tree = e.base().tree();
        String origin = e.file().toString();
        Map<String, String> varied = new HashMap<>();
        for (String path : e.factorPaths()) for (String place : ScenarioPaths.places(tree, path, origin, "factor " + path)) varied.putIfAbsent(place, path);
        for (FreeParameter p : posterior.parameters()) {
            if (!p.appliesTo(e.base().scenario().name())) continue;
            for (String path : p.paths()) {
                for (String place : ScenarioPaths.places(tree, path, posterior.file().toString(), p.name())) {
                    if (varied.containsKey(place)) {
                        throw new InputException(posterior.file().toString(), "--posterior", "parameters the experiment does not vary",
                                p.name() + ", which sets " + place + " (" + path + "), a factor of " + origin + " (" + varied.get(place) + ")");
                    }
                }
            }
        }
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
