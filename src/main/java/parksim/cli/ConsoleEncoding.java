package parksim.cli;

import java.io.Console;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of the console the program writes to. {@code new PrintWriter(System.out)} would encode
 * with the JVM's default charset, which need not be the console's (a GBK console then shows "¥" as
 * "楼"), so the command line's writers take the console's charset, and characters it cannot show get
 * an ASCII stand-in ({@link FallbackWriter}: "¥" becomes "CNY").
 */
final class ConsoleEncoding {
    private ConsoleEncoding() {}

    /** A writer onto {@code stream} (stdout or stderr, named by {@code which}) in the console's encoding. */
    static PrintWriter writer(OutputStream stream, String which) {
        Charset cs = charset(which);
        Writer encoded = new OutputStreamWriter(stream, cs);
        return new PrintWriter(cs.name().startsWith("UTF-") ? encoded : new FallbackWriter(encoded, cs), true);
    }

    /**
     * {@code stdout.encoding} (Java 19+) or {@code sun.stdout.encoding} (Java 17, set for a Windows console
     * or by hand) if given; else the console's charset; else, for a pipe or a file, the locale's.
     */
    static Charset charset(String which) {
        for (String property : new String[] {which + ".encoding", "sun." + which + ".encoding"}) {
            Charset cs = named(System.getProperty(property));
            if (cs != null) return cs;
        }
        Console console = System.console();
        if (console != null) return console.charset();
        Charset locale = named(System.getProperty("native.encoding"));
        return locale != null ? locale : Charset.defaultCharset();
    }

    private static Charset named(String name) {
        if (name == null || name.isBlank()) return null;
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether file names can hold any character: the JVM encodes paths with sun.jnu.encoding. */
    static boolean pathsAreUnicode() {
        Charset jnu = named(System.getProperty("sun.jnu.encoding"));
        return jnu == null || jnu.equals(StandardCharsets.UTF_8) || jnu.name().startsWith("UTF-") || jnu.name().equals("GB18030");
    }

    /** How to fix a locale whose encoding cannot hold every file name. */
    static String localeHint() {
        return "this program runs under a locale whose encoding (" + System.getProperty("sun.jnu.encoding")
                + ") cannot hold the characters of such a path; run it under a UTF-8 locale, e.g. LC_ALL=C.UTF-8 java -jar target/parksim.jar ...";
    }
}
