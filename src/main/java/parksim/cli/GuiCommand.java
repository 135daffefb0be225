package parksim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import parksim.gui.ParkSimWithUI;
import parksim.core.FieldException;
import parksim.core.Require;
import parksim.scenario.LoadedScenario;
import parksim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parksim gui}: opens a scenario in the MASON Console. The scenario is read and checked
 * before any window exists, so bad input gets the same one-line error as {@code validate} and no
 * window. The command returns when the Console is closed (MASON then ends the program itself).
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Opens a scenario in the MASON Console: watch, pause, inspect parks and firms, move policy sliders.")
public final class GuiCommand implements Callable<Integer> {
    static final String DEFAULT_SCENARIO = "scenarios/yanji-projection.json";

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = DEFAULT_SCENARIO,
            description = "the scenario file (JSON); default: ${DEFAULT-VALUE}")
    Path file;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the run (default: the scenario's); the Console's seed field starts at it")
    Long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FileKind.require(file, "scenario");
        LoadedScenario loaded = ScenarioLoader.load(file);
        long s = seed != null ? seed : loaded.scenario().seed();
        try {
            Require.seed(s, 1, "seed");
        } catch (FieldException e) {
            spec.commandLine().getErr().println("parksim: --seed: expected " + e.expected() + ", found " + e.found());
            return ParkSimCommand.BAD_INPUT;
        }
        if (!ParkSimWithUI.canOpenWindows()) {
            spec.commandLine().getErr().println("parksim: gui needs a display, and this program runs without one (no DISPLAY?); "
                    + "use 'run' here, or start it under xvfb-run -a");
            return ParkSimCommand.FAILED;
        }
        ParkSimWithUI.openAndWait(loaded, s);
        return ParkSimCommand.OK;
    }
}
