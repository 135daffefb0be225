package parksim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parksim.core.Fmt;

/** Writes {@code additionality.csv}: one row per variant × park against the baseline (see {@link Additionality}). */
public final class AdditionalityCsv {
    public static final List<String> HEADER = List.of("variant", "label", "baseline", "park", "runs_paired", "induced", "displaced",
            "deadweight", "lost", "lost_to_other_parks", "deadweight_subsidies_cny", "deadweight_extra_subsidies_cny", "extra_spend_cny",
            "cost_per_induced_cny", "cost_per_induced_ci_low", "cost_per_induced_ci_high", "note");

    private AdditionalityCsv() {}

    public static void write(List<Additionality.Row> rows, String baseline, VariantLabels labels, Path file) {
        List<String> header = new ArrayList<>(HEADER);
        header.addAll(labels.columns());
        try (CsvOutput out = new CsvOutput(file, header)) {
            for (Additionality.Row r : rows) {
                Ratio c = r.costPerInduced();
                List<String> cells = new ArrayList<>(List.of(r.variant(), labels.label(r.variant()), baseline, r.park(),
                        Integer.toString(r.runs())));
                for (double v : new double[] {r.induced(), r.displaced(), r.deadweight(), r.lost(), r.lostToOtherParks(),
                        r.deadweightSubsidiesCny(), r.deadweightExtraSubsidiesCny(), r.extraSpendCny(), c.estimate(), c.low(), c.high()}) {
                    cells.add(Fmt.number(v));
                }
                cells.add(r.note() != null ? r.note() : c.given() ? "" : "no cost per induced firm: " + c.note());
                cells.addAll(labels.values(r.variant()));
                out.row(cells);
            }
        }
    }
}
