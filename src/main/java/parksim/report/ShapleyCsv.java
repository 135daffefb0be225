package parksim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parksim.core.Fmt;
import parksim.results.CsvOutput;

/** Writes {@code shapley.csv}: per Shapley sweep, park, metric and date, each instrument's share of the package's effect. */
public final class ShapleyCsv {
    public static final List<String> HEADER = List.of("sweep", "park", "metric", "date", "instrument", "shapley_value", "ci_low", "ci_high",
            "share_of_effect", "package_effect", "package_effect_ci_low", "package_effect_ci_high", "runs");

    private ShapleyCsv() {}

    public static void write(List<Shapley.Result> results, Path file) {
        try (CsvOutput out = new CsvOutput(file, HEADER)) {
            for (Shapley.Result r : results) {
                Sample e = r.effect();
                for (Shapley.Share s : r.shares()) {
                    List<String> cells = new ArrayList<>(List.of(r.group(), r.park(), r.metric().column(), r.date().toString(), s.instrument()));
                    for (double v : new double[] {s.value(), s.low(), s.high(), e.mean() == 0 ? Double.NaN : s.value() / e.mean(), e.mean(),
                            e.ciLow(), e.ciHigh()}) {
                        cells.add(Fmt.number(v));
                    }
                    cells.add(Integer.toString(r.runs()));
                    out.row(cells);
                }
            }
        }
    }
}
