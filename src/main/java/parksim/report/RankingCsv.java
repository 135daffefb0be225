package parksim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parksim.core.Fmt;
import parksim.results.CsvOutput;

/** Writes {@code ranking.csv}: per park × outcome metric × date, each variant's rank, p_best and probability of beating the baseline. */
public final class RankingCsv {
    public static final List<String> HEADER = List.of("park", "metric", "date", "rank", "variant", "label", "mean", "p_best",
            "p_beats_baseline", "resampling", "resamples", "better");

    private RankingCsv() {}

    public static void write(List<Ranking.Result> rankings, VariantLabels labels, Path file) {
        List<String> header = new ArrayList<>(HEADER);
        header.addAll(labels.columns());
        try (CsvOutput out = new CsvOutput(file, header)) {
            for (Ranking.Result r : rankings) {
                for (Ranking.Entry e : r.entries()) {
                    List<String> cells = new ArrayList<>(List.of(r.park(), r.metric().column(), r.date().toString(),
                            Integer.toString(e.rank()), e.variant(), labels.label(e.variant()), Fmt.number(e.mean()), Fmt.number(e.pBest()),
                            Fmt.number(e.pBeatsBaseline()), r.paired() ? "paired bootstrap" : "bootstrap (unpaired)",
                            Integer.toString(r.resamples()), Ranking.higherIsBetter(r.metric()) ? "higher" : "lower"));
                    cells.addAll(labels.values(e.variant()));
                    out.row(cells);
                }
            }
        }
    }
}
