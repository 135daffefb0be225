package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The README's synopsis and the program agree: the same commands, and the same options for each. */
class ReadmeTest {
    private static final Pattern LINE = Pattern.compile("^java -jar target/parksim\\.jar (\\S+)(.*)$");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--[a-z][a-z-]*)");

    /** Command → the options its synopsis line shows, from the code block under "## Commands". */
    static Map<String, Set<String>> synopsis() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```", readme.indexOf("\n## Commands"));
        String block = readme.substring(start + 3, readme.indexOf("```", start + 3));
        Map<String, Set<String>> commands = new LinkedHashMap<>();
        for (String line : block.strip().split("\n")) {
            Matcher m = LINE.matcher(line.strip());
            assertTrue(m.matches(), "a synopsis line: " + line);
            Set<String> options = new TreeSet<>();
            Matcher o = OPTION.matcher(m.group(2));
            while (o.find()) options.add(o.group(1));
            commands.put(m.group(1), options);
        }
        return commands;
    }

    @Test
    void everyOptionTheSynopsisShowsExists() throws IOException {
        CommandLine cli = ParkSimCommand.commandLine();
        List<String> missing = new ArrayList<>();
        for (var e : synopsis().entrySet()) {
            CommandLine sub = cli.getSubcommands().get(e.getKey());
            assertNotNull(sub, "the README shows a command parksim does not have: " + e.getKey());
            for (String option : e.getValue()) {
                if (sub.getCommandSpec().findOption(option) == null) missing.add(e.getKey() + " " + option);
            }
        }
        assertEquals(List.of(), missing, "options in the README's synopsis that the program does not have");
    }

    @Test
    void theSynopsisShowsEveryCommandAndOption() throws IOException {
        Map<String, Set<String>> synopsis = synopsis();
        List<String> unshown = new ArrayList<>();
        for (var e : ParkSimCommand.commandLine().getSubcommands().entrySet()) {
            Set<String> shown = synopsis.get(e.getKey());
            if (shown == null) {
                unshown.add(e.getKey());
                continue;
            }
            for (OptionSpec o : e.getValue().getCommandSpec().options()) {
                if (o.usageHelp() || o.versionHelp()) continue;
                if (!shown.contains(o.longestName())) unshown.add(e.getKey() + " " + o.longestName());
            }
        }
        assertEquals(List.of(), unshown, "commands and options the README's synopsis leaves out");
    }
}
