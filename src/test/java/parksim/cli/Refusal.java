package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** What every refusal of bad input must look like on the command line, and edits that make a result folder bad. */
final class Refusal {
    private Refusal() {}

    /**
     * Exit code 2, one line on stderr starting with {@code parksim: <where>} and containing {@code message}, no stack trace,
     * and {@code out} (the result folder the command was given) not made.
     */
    static void assertRefused(CliRunner r, String where, String message, Path out) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("parksim: " + where), r.err());
        assertTrue(r.err().contains(message), "'" + message + "' in: " + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
        if (out != null) assertFalse(Files.exists(out), "nothing written to " + out);
    }

    /** A copy of a result folder's visible files. */
    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) if (!f.getFileName().toString().startsWith(".")) Files.copy(f, to.resolve(f.getFileName()));
        }
        return to;
    }

    static void edit(Path file, UnaryOperator<List<String>> change) throws IOException {
        Files.write(file, change.apply(new java.util.ArrayList<>(Files.readAllLines(file))));
    }

    /** Sets one cell of line {@code line} (1 = header) of a CSV without quoted commas. */
    static UnaryOperator<List<String>> cell(int line, String column, String value) {
        return lines -> {
            int c = List.of(lines.get(0).split(",", -1)).indexOf(column);
            String[] cells = lines.get(line - 1).split(",", -1);
            cells[c] = value;
            lines.set(line - 1, String.join(",", cells));
            return lines;
        };
    }

    /** Removes a column from every line of a CSV without quoted commas. */
    static UnaryOperator<List<String>> dropColumn(String column) {
        return lines -> {
            int c = List.of(lines.get(0).split(",", -1)).indexOf(column);
            lines.replaceAll(l -> {
                List<String> cells = new java.util.ArrayList<>(List.of(l.split(",", -1)));
                cells.remove(c);
                return String.join(",", cells);
            });
            return lines;
        };
    }
}
