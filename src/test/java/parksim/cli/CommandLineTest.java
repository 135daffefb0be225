package parksim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The command line's own manners: help, usage errors, exit codes. */
class CommandLineTest {
    /** Every subcommand, found from the command line itself, so that a new one is covered too. */
    static List<String> subcommands() {
        return List.copyOf(ParkSimCommand.commandLine().getSubcommands().keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyHelpPrintsCleanlyToStdout() {
        Stream<List<String>> calls = Stream.concat(Stream.of(List.of("--help"), List.of("help")),
                subcommands().stream().map(c -> List.of(c, "--help")));
        return calls.map(args -> DynamicTest.dynamicTest(String.join(" ", args), () -> {
            // A separate JVM: picocli prints its format warnings straight to System.err.
            ChildCli r = ChildCli.run(List.of(), Map.of(), args.toArray(String[]::new));
            assertEquals("", r.err(UTF_8), "stderr of " + args);
            assertEquals(0, r.code());
            assertTrue(r.out(UTF_8).contains("Usage: parksim"), r.out(UTF_8));
        }));
    }

    @Test
    void eachSubcommandIsRegisteredUnderTheNameItDeclaresAndOnlyTheNamedOneIsBuilt() {
        for (var e : ParkSimCommand.commandLine().getSubcommands().entrySet()) {
            Object command = e.getValue().getCommandSpec().userObject();
            assertEquals(command.getClass().getAnnotation(CommandLine.Command.class).name(), e.getKey());
        }
        assertEquals(List.of("sweep"), List.copyOf(ParkSimCommand.commandLineFor(new String[] {"sweep", "x.json"}).getSubcommands().keySet()));
        assertEquals(subcommands(), List.copyOf(ParkSimCommand.commandLineFor(new String[] {"help", "sweep"}).getSubcommands().keySet()));
    }

    @Test
    void theCompareHelpKeepsItsSentencesWhole() {
        CliRunner r = CliRunner.run("compare", "--help");
        String text = r.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("each variant's metrics with 95% CIs, its difference from the baseline and from every other variant with CI, "
                + "paired or unpaired tests with Holm's correction over the outcomes, effect sizes, target probabilities and "
                + "cost-effectiveness with Fieller CIs;"), r.out());
    }

    @Test
    void noCommandIsBadUsage() {
        CliRunner r = CliRunner.run();
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("parksim: expected a command\nUsage: parksim"), r.err());
        assertTrue(r.err().contains("check-targets"), r.err());
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        CliRunner r = CliRunner.run("runn", "scenarios/yanji-projection.json");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Did you mean: parksim run?") || r.err().contains("Did you mean: run?"), r.err());
        CliRunner option = CliRunner.run("run", "scenarios/yanji-projection.json", "--replication", "2");
        assertEquals(2, option.code());
        assertTrue(option.err().contains("--replications"), option.err());
    }

    @Test
    void aMistypedOptionIsNotRun() throws IOException {
        assertEquals(2, CliRunner.run("check-targets", "scenarios/targets.json", "--no-progres").code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            run scenarios/experiments/yanji-policy-packages.json                 | scenarios/experiments/yanji-policy-packages.json: expected a scenario file, found an experiment file, which is for sweep
            sweep scenarios/yanji-projection.json                                | scenarios/yanji-projection.json: expected an experiment file, found a scenario file, which is for run and gui
            check-targets scenarios/calibration-params.json                      | scenarios/calibration-params.json: expected a targets file, found a calibration-params file, which is for calibrate --params
            calibrate scenarios/targets.json --params scenarios/targets.json     | scenarios/targets.json: expected a calibration-params file, found a targets file, which is for check-targets and calibrate
            """)
    void aFileOfAnotherKindIsNamedForWhatItIs(String command, String message) {
        CliRunner r = CliRunner.run(command.split(" "));
        assertEquals(2, r.code());
        assertEquals("parksim: " + message + "\n", r.err());
    }
}
