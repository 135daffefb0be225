package parksim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.cli.ParkSimCommand;

/**
 * How long the bundled Sobol analysis of the Yanji projection takes end to end (loading the design, every run, the
 * indices, charts and page) on 2 threads, and its runs per second.
 */
@Tag("benchmark")
class SensitivityBenchmark {
    @TempDir
    Path dir;

    @Test
    void bundledSobolAnalysis() {
        Path out = dir.resolve("sobol");
        java.io.StringWriter text = new java.io.StringWriter();
        long t0 = System.nanoTime();
        int code = ParkSimCommand.execute(new java.io.PrintWriter(text), new java.io.PrintWriter(System.err, true), "sensitivity",
                "scenarios/experiments/sensitivity-yanji.json", "--method", "sobol", "--threads", "2", "--no-progress", "--out", out.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, code, text.toString());
        String first = text.toString().lines().findFirst().orElse("");
        long runs = Long.parseLong(first.replaceAll(".* = (\\d+) runs.*", "$1"));
        System.out.printf(Locale.ROOT, "sensitivity benchmark: bundled Sobol analysis (%s) on 2 threads: %.1f s in all, %.0f runs/s%n",
                first.replaceAll(" -> .*", ""), seconds, runs / seconds);
        System.out.println(text.toString().lines().filter(l -> l.contains("already done")).findFirst().orElse(""));
    }
}
