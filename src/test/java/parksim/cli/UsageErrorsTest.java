package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import parksim.report.SyntheticResults;
import parksim.report.SyntheticResults.Spec;
import parksim.report.SyntheticResults.Variant;

/** Bad usage as a user meets it: a mistyped name gets the nearest one, a bad number a plain message. */
class UsageErrorsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rnu x                                          | unknown command "rnu"            | run
            comprae x                                      | unknown command "comprae"        | compare
            chek-targets x                                 | unknown command "chek-targets"   | check-targets
            sweeep x                                       | unknown command "sweeep"         | sweep
            run scenarios/yanji-projection.json --sed 3    | run: unknown option "--sed"      | --seed
            sweep x.json --thread 2                        | sweep: unknown option "--thread" | --threads
            compare x --baselin=base                       | compare: unknown option "--baselin" | --baseline
            calibrate t.json --params p.json --evaluation 3 | calibrate: unknown option "--evaluation" | --evaluations
            """)
    void aMistypedCommandOrOptionGetsTheNearestName(String args, String problem, String suggestion) {
        CliRunner r = CliRunner.run(args.split(" "));
        assertEquals(2, r.code());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals("parksim: " + problem, lines.get(0));
        assertEquals("Did you mean: " + suggestion + "?", lines.get(1));
    }

    @Test
    void aCommandNothingLikeAnyGetsTheListOfCommands() {
        CliRunner r = CliRunner.run("frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("parksim: unknown command \"frobnicate\"\nThe commands are: run, validate, sweep,"), r.err());
    }

    @Test
    void aMistypedMetricOrVariantGetsTheNearestNameNotTheWholeList() {
        Path sweep = SyntheticResults.write(dir.resolve("s"), Spec.sweep(List.of(Variant.of("base", 1, 1), Variant.of("rent", 1, 2)), 3));
        CliRunner metric = CliRunner.run("compare", sweep.toString(), "--metrics", "tenants_opne", "--out", dir.resolve("o").toString());
        assertEquals(2, metric.code());
        assertEquals("parksim: --metrics: expected a metric of timeseries.csv, found \"tenants_opne\": did you mean tenants_open?\n", metric.err());
        CliRunner outcome = CliRunner.run("compare", sweep.toString(), "--outcome", "employmnet", "--out", dir.resolve("o").toString());
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("did you mean employment?"), outcome.err());
        CliRunner baseline = CliRunner.run("compare", sweep.toString(), "--baseline", "bsae", "--out", dir.resolve("o").toString());
        assertEquals(2, baseline.code());
        assertTrue(baseline.err().endsWith("found \"bsae\" (did you mean base?)\n"), baseline.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            run scenarios/yanji-projection.json --seed abc            | --seed: expected a whole number, found "abc"
            run scenarios/yanji-projection.json --replications 2.5    | --replications: expected a whole number, found "2.5"
            run scenarios/yanji-projection.json --months 9999999999   | --months: expected a whole number up to 2147483647, found "9999999999"
            check-targets scenarios/targets.json --threads two        | --threads: expected a whole number, found "two"
            discover x --where a>1 --alpha lots                       | --alpha: expected a number, found "lots"
            """)
    void aBadNumberIsNamedPlainly(String args, String message) {
        CliRunner r = CliRunner.run(args.split(" "));
        assertEquals(2, r.code());
        assertEquals("parksim: " + message, r.err().lines().findFirst().orElse(""));
        assertFalse(r.err().contains("is not a"), r.err());
    }

    /** Each command in the top-level help is described by whole sentences, not cut mid-phrase or mid-file-name. */
    @Test
    void theTopLevelHelpDescribesEachCommandInWholeSentences() {
        String help = CliRunner.run("--help").out();
        String list = help.substring(help.indexOf("Commands:\n") + "Commands:\n".length());
        Matcher m = Pattern.compile("(?m)^  (\\S+) +(.*(?:\\n {20}.*)*)").matcher(list);
        List<String> commands = new ArrayList<>();
        while (m.find()) {
            commands.add(m.group(1));
            String text = m.group(2).replaceAll("\\s*\\n\\s+", " ");
            assertTrue(text.endsWith("."), m.group(1) + ": " + text);
            assertFalse(text.matches(".*[a-z]\\. (csv|json|html|png)\\b.*"), "a file name split: " + text);
        }
        assertEquals(CommandLineTest.subcommands(), commands);
    }
}
