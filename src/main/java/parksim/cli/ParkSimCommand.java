package parksim.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.concurrent.Callable;
import parksim.core.InputException;
import parksim.core.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code parksim}: the command line. Each subcommand is a class of its own returning an exit code:
 * 0 success, 1 the run itself failed, 2 bad usage or bad input.
 */
@Command(name = "parksim", mixinStandardHelpOptions = true, versionProvider = ParkSimCommand.VersionProvider.class,
        description = "Simulates specialised industrial parks, their tenant firms and attraction policies.",
        footer = {"", "Start with 'parksim run scenarios/yanji-projection.json'; 'parksim help COMMAND' describes a command."})
public final class ParkSimCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    /** The subcommands, in the order the usage lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, ValidateCommand.class, SweepCommand.class,
            MergeCommand.class, CompareCommand.class, SensitivityCommand.class, DiscoverCommand.class, OptimiseCommand.class,
            CalibrateCommand.class, CrossValidateCommand.class, CheckTargetsCommand.class, CheckResultsCommand.class,
            GuiCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command given: that is bad usage, so the usage goes to stderr with exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("parksim: expected a command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    public static void main(String[] args) {
        // compare draws its charts off-screen; without this a DISPLAY whose X server is gone (a stale ssh -X
        // session) would stop it. Set per process, as the GUI needs the display.
        if (args.length > 0 && List.of("compare", "sensitivity", "discover", "optimise").contains(args[0]) && System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        System.exit(execute(ConsoleEncoding.writer(System.out, "stdout"), ConsoleEncoding.writer(System.err, "stderr"), args));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        if (unreadableArgument(args, err)) return BAD_INPUT;
        CommandLine cli = commandLineFor(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InputException) {
                commandLine.getErr().println("parksim: " + ex.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof InvalidPathException && !ConsoleEncoding.pathsAreUnicode()) {
                commandLine.getErr().println("parksim: " + ex.getMessage() + ": " + ConsoleEncoding.localeHint());
                return BAD_INPUT;
            }
            commandLine.getErr().println("parksim: failed: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return FAILED;
        });
        cli.setParameterExceptionHandler(new UsageErrors());
        UsageErrors.registerNumberConverters(cli);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The whole command tree, every subcommand included, as the usage and {@code help} show it. */
    public static CommandLine commandLine() {
        return commandLineFor(new String[0]);
    }

    /**
     * The command tree {@code args} need: only the subcommand they name first, when they name one (picocli
     * reads each subcommand's options by reflection, a tenth of a second of a run's start for all of them);
     * every subcommand otherwise, so the usage, {@code help} and the suggestions for a mistyped name stay whole.
     */
    static CommandLine commandLineFor(String[] args) {
        CommandLine cli = new CommandLine(new ParkSimCommand());
        String first = args.length > 0 ? args[0] : "";
        boolean named = !first.equals("help") && SUBCOMMANDS.stream().anyMatch(c -> name(c).equals(first));
        for (Class<?> c : SUBCOMMANDS) {
            if (!named || name(c).equals(first)) cli.addSubcommand(c);
        }
        return cli;
    }

    /** The name a subcommand declares (reading the annotation alone, not the options). */
    private static String name(Class<?> subcommand) {
        return subcommand.getAnnotation(Command.class).name();
    }

    /** An argument the JVM decoded with the locale's encoding and lost characters of: say so, and how to fix it. */
    private static boolean unreadableArgument(String[] args, PrintWriter err) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].indexOf('\uFFFD') >= 0) {
                err.println("parksim: argument " + (i + 1) + " \"" + args[i] + "\" has characters that cannot be read: "
                        + ConsoleEncoding.localeHint());
                err.flush();
                return true;
            }
        }
        return false;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"parksim " + Version.get()};
        }
    }
}
