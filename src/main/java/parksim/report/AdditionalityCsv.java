package parksim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parksim.core.Fmt;
import parksim.results.CsvOutput;

/** Writes {@code additionality.csv}: one row per variant × park against the baseline (see {@link Additionality}). */
public final class AdditionalityCsv {
    public static final List<String> HEADER = List.of("variant", "label", "baseline", "park", "runs_paired", "induced", "displaced",
            "deadweight", "lost", "lost_to_other_parks", "deadweight_subsidies_cny", "deadweight_extra_subsidies_cny", "extra_spend_cny",
            "cost_per_induced_cny", "cost_per_induced_ci_low", "cost_per_induced_ci_high", "net_additional",
            "cost_per_net_additional_cny", "cost_per_net_additional_ci_low", "cost_per_net_additional_ci_high", "note");

    private AdditionalityCsv() {}

    public static void write(List<Additionality.Row> rows, String baseline, VariantLabels labels, Path file) {
        List<String> header = new ArrayList<>(HEADER);
        header.addAll(labels.columns());
        try (CsvOutput out = new CsvOutput(file, header)) {
            for (Additionality.Row r : rows) {
                Ratio c = r.costPerInduced();
                Ratio net = r.costPerNetAdditional();
                List<String> cells = new ArrayList<>(List.of(r.variant(), labels.label(r.variant()), baseline, r.park(),
                        Integer.toString(r.runs())));
                for (double v : new double[] {r.induced(), r.displaced(), r.deadweight(), r.lost(), r.lostToOtherParks(),
                        r.deadweightSubsidiesCny(), r.deadweightExtraSubsidiesCny(), r.extraSpendCny(), c.estimate(), c.low(), c.high(),
                        r.netAdditional(), net.estimate(), net.low(), net.high()}) {
                    cells.add(Fmt.number(v));
                }
                List<String> notes = new ArrayList<>();
                if (r.note() != null) notes.add(r.note());
                if (r.note() == null && !c.given()) notes.add("no cost per induced firm: " + c.note());
                if (r.note() == null && !net.given()) notes.add("no cost per net additional firm: " + net.note());
                cells.add(String.join("; ", notes));
                cells.addAll(labels.values(r.variant()));
                out.row(cells);
            }
        }
    }
}
