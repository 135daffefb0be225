package parksim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import parksim.core.Nearest;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad usage told plainly, exit code 2: a mistyped command or option gets the nearest names ("Did
 * you mean: run?"), a value that is not a number names the option and what it expected.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine c = ex.getCommandLine();
        PrintWriter err = c.getErr();
        if (!unknownName(ex, c, err)) {
            err.println("parksim: " + message(ex));
            // Anything else picocli has a hint for (an option's prefix, say).
            UnmatchedArgumentException.printSuggestions(ex, err);
        }
        err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ParkSimCommand.BAD_INPUT;
    }

    /** A mistyped command (the commands' names, or the nearest), or an option with a near name; false if this is not that case. */
    private static boolean unknownName(ParameterException ex, CommandLine c, PrintWriter err) {
        if (!(ex instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) return false;
        String word = u.getUnmatched().get(0);
        boolean option = word.startsWith("-");
        if (!option && c.getSubcommands().isEmpty()) return false;
        String name = option ? word.replaceFirst("=.*", "") : word;
        List<String> candidates = new ArrayList<>(option ? c.getCommandSpec().optionsMap().keySet() : c.getSubcommands().keySet());
        List<String> near = Nearest.to(name, candidates);
        if (near.isEmpty() && option) return false;
        String where = c.getCommandSpec().name();
        err.println("parksim: " + (option ? where + ": unknown option \"" + name + "\"" : "unknown command \"" + name + "\""));
        if (near.isEmpty()) err.println("The commands are: " + String.join(", ", candidates) + ".");
        else err.println("Did you mean: " + String.join(" or ", near) + "?");
        return true;
    }

    /** The exception's message; for a value that could not be converted, the option's name and what was expected. */
    private static String message(ParameterException ex) {
        ArgSpec spec = ex.getArgSpec();
        if (ex.getCause() instanceof CommandLine.TypeConversionException t && spec != null) {
            String name = spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
            return name + ": " + t.getMessage();
        }
        return ex.getMessage();
    }

    /** Plain messages for numbers on the command line: "expected a whole number, found \"abc\"". */
    static void registerNumberConverters(CommandLine cli) {
        CommandLine.ITypeConverter<Long> whole = s -> {
            try {
                return Long.valueOf(s.trim());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("expected a whole number, found \"" + s + "\"");
            }
        };
        CommandLine.ITypeConverter<Integer> small = s -> {
            long v = whole.convert(s);
            if (v != (int) v) throw new CommandLine.TypeConversionException("expected a whole number up to " + Integer.MAX_VALUE + ", found \"" + s + "\"");
            return (int) v;
        };
        CommandLine.ITypeConverter<Double> real = s -> {
            try {
                double v = Double.parseDouble(s.trim());
                if (!Double.isFinite(v)) throw new NumberFormatException();
                return v;
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("expected a number, found \"" + s + "\"");
            }
        };
        cli.registerConverter(Long.class, whole).registerConverter(long.class, whole)
                .registerConverter(Integer.class, small).registerConverter(int.class, small)
                .registerConverter(Double.class, real).registerConverter(double.class, real);
    }
}
