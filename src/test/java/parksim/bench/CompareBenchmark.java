package parksim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.cli.CompareCommand;
import parksim.core.CalendarMonth;
import parksim.report.ComparisonTable;
import parksim.report.SyntheticResults;
import parksim.results.ResultSet;

/**
 * How {@code compare} copes with a large sweep: 10 variants × 200 runs × 120 months × 2 parks (480,000
 * timeseries rows). Prints the file size, the time to stream and keep the headline metrics, the heap
 * they hold, and the time of the whole comparison; run with {@code mvn test -Pbench}.
 */
@Tag("benchmark")
class CompareBenchmark {
    @TempDir
    Path dir;

    @Test
    void aSweepOfFourHundredAndEightyThousandRows() throws Exception {
        List<SyntheticResults.Variant> variants = new ArrayList<>();
        for (int v = 0; v < 10; v++) variants.add(SyntheticResults.Variant.of(v == 0 ? "base" : "v" + v, 1, v + 1));
        SyntheticResults.Spec spec = SyntheticResults.Spec.sweep(variants, 200).withMonths(120).withParks(List.of("p1", "p2"));
        long t0 = System.nanoTime();
        Path sweep = SyntheticResults.write(dir.resolve("sweep"), spec);
        double writeSeconds = (System.nanoTime() - t0) / 1e9;
        long bytes = Files.size(sweep.resolve("timeseries.csv"));

        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        t0 = System.nanoTime();
        ResultSet set = ResultSet.read(List.of(sweep), List.of(), CompareCommand.HEADLINE, null);
        double readSeconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long held = rt.totalMemory() - rt.freeMemory() - before;
        t0 = System.nanoTime();
        List<CalendarMonth> months = set.months(List.of());
        ComparisonTable table = ComparisonTable.of(set, "base", CompareCommand.HEADLINE, months);
        double statsSeconds = (System.nanoTime() - t0) / 1e9;
        assertEquals((10 + 9 * 8 / 2) * 6 * 2, table.rows().size(), "10 rows against the baseline and 36 pairs of the others, per metric and park");
        assertEquals(200, set.variant("v9").data().runs().size());

        t0 = System.nanoTime();
        int code = parksim.cli.ParkSimCommand.execute(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), "compare", sweep.toString(), "--out", dir.resolve("out").toString());
        double wholeSeconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, code);
        long charts;
        try (var files = Files.list(dir.resolve("out"))) {
            charts = files.filter(f -> f.toString().endsWith(".png")).count();
        }
        System.out.printf(Locale.ROOT, "compare benchmark: timeseries.csv of %d rows, %.0f MB (written in %.1f s)%n", 480_000, bytes / 1e6, writeSeconds);
        System.out.printf(Locale.ROOT, "compare benchmark: read and kept 6 headline metrics in %.1f s (%.0f rows/s); heap held by them %.0f MB (max %d MB)%n",
                readSeconds, 480_000 / readSeconds, held / 1e6, rt.maxMemory() / (1024 * 1024));
        System.out.printf(Locale.ROOT, "compare benchmark: statistics for %d rows in %.2f s; whole compare (read, statistics, %d charts, report) %.1f s%n",
                table.rows().size(), statsSeconds, charts, wholeSeconds);
    }
}
