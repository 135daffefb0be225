package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.TestScenarios;
import parksim.scenario.StrictJson;

/** Chinese-locale and plain-ASCII consoles, in child JVMs set up as such a user's would be. */
class EncodingTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    private ChildCli runYanji(List<String> jvm, Map<String, String> env) throws IOException, InterruptedException {
        ChildCli r = ChildCli.run(jvm, env, "run", "scenarios/yanji-projection.json", "--months", "10", "--no-progress",
                "--out", dir.resolve("out-" + jvm.size() + env.size()).toString());
        assertEquals(0, r.code(), r.err(StandardCharsets.UTF_8));
        return r;
    }

    @Test
    void aGbkConsoleReadsCnyInsteadOfMojibake() throws Exception {
        // A JVM whose default is UTF-8 (Java 18+, or -Dfile.encoding=UTF-8) on a GBK console, which has no "¥".
        ChildCli r = runYanji(List.of("-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=GBK", "-Dstdout.encoding=GBK"), Map.of());
        String text = r.out(GBK);
        assertTrue(text.contains("Kasen output >= CNY 100M in 2025"), text);
        assertTrue(java.util.regex.Pattern.compile("(?m)[0-9] CNY M( |$)").matcher(text).find(), "the unit column of money: " + text);
        assertFalse(text.contains("楼"), "the UTF-8 bytes of ¥ read as GBK");
        assertFalse(text.contains("?"), text);
    }

    @Test
    void aConsoleThatHasTheYenSignShowsIt() throws Exception {
        ChildCli r = runYanji(List.of("-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=GB18030", "-Dstdout.encoding=GB18030"), Map.of());
        assertTrue(r.out(GB18030).contains("Kasen output >= ¥100M in 2025"), r.out(GB18030));
    }

    @Test
    void anAsciiLocaleGetsAsciiAndTheCsvsStayUtf8() throws Exception {
        ChildCli r = runYanji(List.of(), Map.of("LC_ALL", "C", "LANG", "C"));
        String text = r.out(StandardCharsets.US_ASCII);
        assertTrue(text.contains("Kasen output >= CNY 100M in 2025"), text);
        for (byte b : r.out()) assertTrue(b >= 0, "only ASCII bytes");
        Path summary = dir.resolve("out-02").resolve("run.json");
        assertTrue(Files.readString(summary, StandardCharsets.UTF_8).contains("¥"), "files are UTF-8 whatever the locale");
    }

    @Test
    void aNonAsciiPathUnderAnAsciiLocaleGetsAClearMessage() throws Exception {
        Path file;
        try {
            file = dir.resolve("延吉.json");
        } catch (java.nio.file.InvalidPathException e) {
            assumeTrue(false, "this test JVM itself runs under a locale that cannot hold the name");
            return;
        }
        Files.writeString(file, StrictJson.mapper().writeValueAsString(TestScenarios.tree("yanji-hindcast")));
        ChildCli ascii = ChildCli.run(List.of(), Map.of("LC_ALL", "C", "LANG", "C"), "validate", file.toString());
        String err = ascii.err(StandardCharsets.US_ASCII);
        assertEquals(2, ascii.code(), err);
        assertTrue(err.startsWith("parksim: argument 2 \"") && err.contains("run it under a UTF-8 locale, e.g. LC_ALL=C.UTF-8"), err);
        assertFalse(err.contains("\tat "), "no stack trace");

        ChildCli utf8 = ChildCli.run(List.of(), Map.of("LC_ALL", "C.UTF-8"), "validate", file.toString());
        assertEquals(0, utf8.code(), utf8.err(StandardCharsets.UTF_8));
        assertTrue(utf8.out(StandardCharsets.UTF_8).startsWith(file + ": valid scenario"), utf8.out(StandardCharsets.UTF_8));
    }
}
