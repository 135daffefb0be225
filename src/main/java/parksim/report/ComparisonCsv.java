package parksim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parksim.core.Fmt;
import parksim.results.CsvOutput;
import parksim.results.TargetInfo;

/**
 * Writes a comparison as tidy CSV for R or pandas: {@code comparison.csv} (one row per variant × metric ×
 * date × park against the baseline, then one per pair of other variants; values in the metric's own unit: ¥, m², counts, shares) and {@code targets.csv} (one row per
 * variant × target). Missing values ("NA") are empty cells.
 */
public final class ComparisonCsv {
    public static final List<String> HEADER = List.of("variant", "label", "is_baseline", "baseline", "compared_with", "park", "metric", "unit", "date",
            "n", "mean", "sd", "median", "q05", "q95", "mean_ci_low", "mean_ci_high",
            "diff", "diff_ci_low", "diff_ci_high", "pairing", "n_compared",
            "t_test", "t_p", "t_p_holm", "rank_test", "rank_p", "rank_p_holm", "holm_family", "effect_size", "effect_size_kind",
            "extra_spend_cny", "diff_per_extra_spend_m", "diff_per_extra_spend_m_ci_low", "diff_per_extra_spend_m_ci_high",
            "diff_per_extra_spend_note");
    public static final List<String> TARGET_HEADER = List.of("variant", "label", "target", "figure", "description", "park", "metric",
            "comparison", "target_value", "when", "runs_checked", "runs_met", "probability", "probability_ci_low",
            "probability_ci_high", "median_value");

    private ComparisonCsv() {}

    /** Writes both files; the grid's factor columns (if any) follow the fixed columns of comparison.csv. */
    public static void write(ComparisonTable table, VariantLabels labels, Path comparison, Path targets) {
        List<String> header = new ArrayList<>(HEADER);
        header.addAll(labels.columns());
        try (CsvOutput out = new CsvOutput(comparison, header)) {
            for (ComparisonRow r : table.rows()) {
                List<String> cells = row(r);
                cells.set(1, labels.label(r.variant()));
                cells.addAll(labels.values(r.variant()));
                out.row(cells);
            }
        }
        List<String> targetHeader = new ArrayList<>(TARGET_HEADER);
        targetHeader.addAll(labels.columns());
        try (CsvOutput out = new CsvOutput(targets, targetHeader)) {
            for (TargetRow t : table.targets()) {
                TargetInfo i = t.target();
                List<String> cells = new ArrayList<>(List.of(t.variant(), labels.label(t.variant()), i.id(), i.figure(), i.description(), i.park(),
                        i.metric(), i.comparison(), Fmt.number(i.value()), i.when(), Integer.toString(t.checked()), Integer.toString(t.met()),
                        Fmt.number(t.probability()), Fmt.number(t.low()), Fmt.number(t.high()), Fmt.number(t.medianValue())));
                cells.addAll(labels.values(t.variant()));
                out.row(cells);
            }
        }
    }

    static List<String> row(ComparisonRow r) {
        Sample s = r.sample();
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(r.variant());
        cells.add(r.variant());
        cells.add(r.isBaseline() ? "1" : "0");
        cells.add(r.baseline());
        cells.add(r.isBaseline() ? "" : r.reference());
        cells.add(r.park());
        cells.add(r.metric().column());
        cells.add(Display.csvUnit(r.metric()));
        cells.add(r.date().toString());
        cells.add(Integer.toString(s.n()));
        for (double v : new double[] {s.mean(), s.sd(), s.median(), s.q05(), s.q95(), s.ciLow(), s.ciHigh()}) cells.add(Fmt.number(v));
        Difference d = r.difference();
        if (d == null) {
            while (cells.size() < HEADER.size()) cells.add("");
            return cells;
        }
        cells.add(Fmt.number(d.estimate()));
        cells.add(Fmt.number(d.ciLow()));
        cells.add(Fmt.number(d.ciHigh()));
        cells.add(d.paired() ? "paired" : "unpaired");
        cells.add(Integer.toString(d.n()));
        cells.add(d.tTest());
        cells.add(Fmt.number(d.tP()));
        cells.add(Fmt.number(r.tPHolm()));
        cells.add(d.rankTest());
        cells.add(Fmt.number(d.rankP()));
        cells.add(Fmt.number(r.rankPHolm()));
        cells.add(r.family());
        cells.add(Fmt.number(d.effect()));
        cells.add(d.effectKind());
        cells.add(Fmt.number(r.extraSpend()));
        Ratio q = r.ratio();
        cells.add(Fmt.number(r.perExtraMillion()));
        cells.add(q == null ? "" : Fmt.number(q.low()));
        cells.add(q == null ? "" : Fmt.number(q.high()));
        cells.add(q == null ? "" : q.given() ? "" : q.note());
        return cells;
    }
}
