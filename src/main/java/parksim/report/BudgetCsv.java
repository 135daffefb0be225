package parksim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parksim.core.Fmt;
import parksim.results.CsvOutput;

/** Writes {@code budget.csv}: each variant's budget use per park (see {@link BudgetUseTable}), means over its runs. */
public final class BudgetCsv {
    public static final List<String> HEADER = List.of("variant", "label", "park", "runs", "budget_cny", "spend_cum_cny", "spent_share",
            "budget_out_share", "budget_out_month_median", "unpaid_cum_cny", "turned_away_no_floor_cum", "signed_with_incentive_share");

    private BudgetCsv() {}

    public static void write(List<BudgetUseTable.Row> rows, VariantLabels labels, Path file) {
        List<String> header = new ArrayList<>(HEADER);
        header.addAll(labels.columns());
        try (CsvOutput out = new CsvOutput(file, header)) {
            for (BudgetUseTable.Row r : rows) {
                List<String> cells = new ArrayList<>(List.of(r.variant(), labels.label(r.variant()), r.park(), Integer.toString(r.runs())));
                for (double v : new double[] {r.budgetCny(), r.spendCny(), r.spentShare(), r.outShare()}) cells.add(Fmt.number(v));
                cells.add(r.outMonthMedian() == null ? "" : r.outMonthMedian().toString());
                for (double v : new double[] {r.unpaidCny(), r.turnedAway(), r.signedWithIncentiveShare()}) cells.add(Fmt.number(v));
                cells.addAll(labels.values(r.variant()));
                out.row(cells);
            }
        }
    }
}
