package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.report.SyntheticResults;
import parksim.report.SyntheticResults.Spec;
import parksim.report.SyntheticResults.Variant;

/**
 * Bad results given to {@code compare}: each gets one line naming the file, the line and the column,
 * what was expected and what was found; exit code 2; no stack trace; no output folder.
 */
class CompareBadInputTest {
    @TempDir
    Path dir;
    Path sweep;
    Path timeseries;

    @BeforeEach
    void goodSweep() {
        sweep = SyntheticResults.write(dir.resolve("sweep"), Spec.sweep(List.of(Variant.of("base", 1, 1), Variant.of("b", 1, 2)), 3));
        timeseries = sweep.resolve("timeseries.csv");
    }

    /** Runs compare on the arguments and checks the common rules; returns the error line. */
    private String error(String... results) throws IOException {
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("compare"));
        args.addAll(List.of(results));
        args.addAll(List.of("--out", out.toString()));
        CliRunner r = CliRunner.run(args.toArray(new String[0]));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("parksim: "), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
        assertFalse(Files.exists(out), "nothing that looks like a result");
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".out")), "no staging folder left behind");
        }
        return r.err().trim();
    }

    private void edit(Path file, UnaryOperator<List<String>> change) throws IOException {
        Files.write(file, change.apply(new ArrayList<>(Files.readAllLines(file))));
    }

    private static String setCell(String line, int column, String value) {
        String[] cells = line.split(",", -1);
        cells[column - 1] = value;
        return String.join(",", cells);
    }

    @Test
    void anEmptyFile() throws IOException {
        Files.writeString(timeseries, "");
        assertEquals("parksim: " + timeseries + ": line 1: expected a header row of column names, found an empty file", error(sweep.toString()));
    }

    @Test
    void aFileWithOnlyAHeader() throws IOException {
        edit(timeseries, lines -> lines.subList(0, 1));
        assertEquals("parksim: " + timeseries + ": line 2: expected at least one data row below the header, found no rows", error(sweep.toString()));
    }

    @Test
    void aMissingColumn() throws IOException {
        int employment = List.of(Files.readAllLines(timeseries).get(0).split(",")).indexOf("employment");
        edit(timeseries, lines -> lines.stream().map(l -> {
            List<String> cells = new ArrayList<>(List.of(l.split(",", -1)));
            cells.remove(employment);
            return String.join(",", cells);
        }).collect(Collectors.toList()));
        String e = error(sweep.toString());
        assertTrue(e.startsWith("parksim: " + timeseries + ": line 1 (header): expected a column \"employment\" (a metric to compare), "
                + "found the columns [run_id, scenario, variant, replicate, seed, date, park, negotiating,"), e);
    }

    @Test
    void aMissingIdentityColumnInAFileNamedDirectly() throws IOException {
        Path file = dir.resolve("ts.csv");
        Files.writeString(file, "run_id,variant,date,park,tenants_open\nr1,base,2025-01,p1,3\n");
        String e = error(file.toString(), timeseries.toString());
        assertTrue(e.startsWith("parksim: " + file + ": line 1 (header): expected a column \"scenario\""), e);
    }

    @Test
    void aNonNumericValue() throws IOException {
        edit(timeseries, lines -> {
            lines.set(4, setCell(lines.get(4), 17, "abc"));
            return lines;
        });
        assertEquals("parksim: " + timeseries + ": line 5, column 17 (tenants_open): expected a number, found \"abc\"", error(sweep.toString()));
    }

    @Test
    void anEmptyOrNonFiniteValue() throws IOException {
        edit(timeseries, lines -> {
            lines.set(2, setCell(lines.get(2), 27, ""));
            return lines;
        });
        assertEquals("parksim: " + timeseries + ": line 3, column 27 (output_12m_cny): expected a number, found an empty cell", error(sweep.toString()));
        edit(timeseries, lines -> {
            lines.set(2, setCell(lines.get(2), 27, "NaN"));
            return lines;
        });
        assertEquals("parksim: " + timeseries + ": line 3, column 27 (output_12m_cny): expected a number, found \"NaN\"", error(sweep.toString()));
    }

    @Test
    void aRaggedRowABadMonthAndBrokenQuoting() throws IOException {
        List<String> good = Files.readAllLines(timeseries);
        edit(timeseries, lines -> {
            lines.set(3, lines.get(3).substring(0, lines.get(3).lastIndexOf(',')));
            return lines;
        });
        assertEquals("parksim: " + timeseries + ": line 4: expected " + parksim.observe.TimeseriesTable.HEADER.size() + " cells as in the header, found "
                + (parksim.observe.TimeseriesTable.HEADER.size() - 1) + " cells", error(sweep.toString()));
        Files.write(timeseries, good);
        edit(timeseries, lines -> {
            lines.set(2, setCell(lines.get(2), 6, "2025-13"));
            return lines;
        });
        assertEquals("parksim: " + timeseries + ": line 3, column 6 (date): expected a month YYYY-MM, found \"2025-13\"", error(sweep.toString()));
        Files.write(timeseries, good);
        edit(timeseries, lines -> {
            lines.set(6, setCell(lines.get(6), 2, "\"synth"));
            return lines;
        });
        assertTrue(error(sweep.toString()).startsWith("parksim: " + timeseries + ": line 7: expected valid CSV, found"));
    }

    @Test
    void aRunWithTwoRowsForOneMonthOrTwoSeeds() throws IOException {
        List<String> good = Files.readAllLines(timeseries);
        edit(timeseries, lines -> {
            lines.add(lines.get(1));
            return lines;
        });
        int last = good.size() + 1;
        assertEquals("parksim: " + timeseries + ": line " + last + ", column 6 (date): expected one row per run, park and month, "
                + "found a second row for run \"base-r000\", park \"p1\", 2025-01", error(sweep.toString()));
        Files.write(timeseries, good);
        edit(timeseries, lines -> {
            lines.set(5, setCell(lines.get(5), 5, "77"));
            return lines;
        });
        assertEquals("parksim: " + timeseries + ": line 6, column 5 (seed): expected replicate 0 and seed 1000 for run \"base-r000\" as on its "
                + "earlier rows, found replicate 0, seed 77", error(sweep.toString()));
    }

    @Test
    void resultsOfDifferentParksCannotBeCompared() throws IOException {
        Path other = SyntheticResults.write(dir.resolve("other"), Spec.run("elsewhere", Variant.of("x", 1, 1), 3, 1000).withParks(List.of("p1", "p2")));
        String e = error(sweep.toString(), other.toString());
        assertEquals("parksim: " + other.resolve("timeseries.csv") + ": line 26, column 7 (park): expected parks that every variant has ("
                + timeseries + " has [p1]), found park \"p2\", which " + timeseries + " lacks; results of different parks cannot be compared "
                + "(compare a common park with --park)", e);
        // Choosing the common park makes them comparable.
        assertEquals(0, CliRunner.run("compare", sweep.toString(), other.toString(), "--park", "p1", "--out", dir.resolve("ok").toString()).code());
        String missing = error(sweep.toString(), other.toString(), "--park", "p2");
        assertEquals("parksim: " + timeseries + ": lines 2-145, column 7 (park): expected rows of park \"p2\" (--park), found only the parks [p1]", missing);
    }

    @Test
    void resultsOverMonthsThatDoNotOverlapCannotBeCompared() throws IOException {
        Path later = SyntheticResults.write(dir.resolve("later"), Spec.run("later", Variant.of("x", 1, 1), 3, 1000));
        edit(later.resolve("timeseries.csv"), lines -> lines.stream().map(l -> l.replace(",2025-", ",2031-").replace(",2026-", ",2032-"))
                .collect(Collectors.toList()));
        assertEquals("parksim: " + later.resolve("timeseries.csv") + ": lines 2-73, column 6 (date): expected months that overlap those of the "
                + "other results (2025-01 to 2026-12), found months 2031-01 to 2032-12 for park p1; results over months that do not overlap "
                + "cannot be compared", error(sweep.toString(), later.toString()));
    }

    @Test
    void aMonthAskedForThatIsNotInTheResults() throws IOException {
        assertEquals("parksim: " + timeseries + ": lines 2-73, column 6 (date): expected the month 2027-06 (asked for with --at) for park p1, "
                + "found months 2025-01 to 2026-12 for park p1", error(sweep.toString(), "--at", "2026-12,2027-06"));
    }

    @Test
    void missingFilesAndFolders() throws IOException {
        assertEquals("parksim: " + dir.resolve("nowhere") + ": no such file or folder", error(dir.resolve("nowhere").toString()));
        Files.createDirectories(dir.resolve("empty"));
        assertEquals("parksim: " + dir.resolve("empty") + ": expected a result folder of run or sweep, holding timeseries.csv, "
                + "found a folder without timeseries.csv", error(dir.resolve("empty").toString()));
    }

    @Test
    void badSummaryRunListOrDescription() throws IOException {
        Path summary = sweep.resolve("summary.csv");
        List<String> good = Files.readAllLines(summary);
        edit(summary, lines -> {
            lines.set(1, setCell(lines.get(1), 9, "yes"));
            return lines;
        });
        assertEquals("parksim: " + summary + ": line 2, column 9 (target_T1_met): expected 1 (met), 0 (not met) or an empty cell, found \"yes\"",
                error(sweep.toString()));
        Files.write(summary, good);

        Path runs = sweep.resolve("runs.csv");
        edit(runs, lines -> lines.stream().map(l -> l.substring(0, l.lastIndexOf(','))).collect(Collectors.toList()));
        assertEquals("parksim: " + runs + ": line 1 (header): expected a column \"status\" (ok or failed), found the columns "
                + "[run_id, variant, replicate, seed]", error(sweep.toString()));
        Files.delete(runs);

        Files.writeString(sweep.resolve("experiment.json"), "{\"scenario\": ");
        assertTrue(error(sweep.toString()).startsWith("parksim: " + sweep.resolve("experiment.json") + ": line 1, column"));
    }
}
