package parksim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import parksim.scenario.LoadedScenario;
import parksim.scenario.Provenance;
import parksim.scenario.Scenario;
import parksim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parksim validate}: checks a scenario file without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a scenario file without running it, and reports where its numbers come from.")
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file (JSON)")
    Path file;

    @Option(names = "--strict", description = "also fail if a number neither cites a figure nor states an assumption")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadedScenario loaded = ScenarioLoader.load(file);
        Scenario s = loaded.scenario();
        Provenance p = loaded.provenance();
        var out = spec.commandLine().getOut();
        out.printf("%s: valid scenario \"%s\": %d park(s), %d months from %s to %s, seed %d, %d target(s)%n",
                file, s.name(), s.parks().size(), s.months(), s.start(), s.end(), s.seed(), s.targets().size());
        out.printf("provenance: %d number(s) cite a figure, %d are calibrated, %d are stated assumptions, %d have neither%n",
                p.cited().size(), p.calibrated().size(), p.assumed().size(), p.unsourced().size());
        for (String path : p.unsourced()) out.printf("  unsourced: %s%n", path);
        if (strict && !p.unsourced().isEmpty()) {
            spec.commandLine().getErr().printf("parksim: %s: %d number(s) without a source or assumption (--strict)%n",
                    file, p.unsourced().size());
            return ParkSimCommand.BAD_INPUT;
        }
        return ParkSimCommand.OK;
    }
}
