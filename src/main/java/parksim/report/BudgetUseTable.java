package parksim.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.StatUtils;
import parksim.core.CalendarMonth;
import parksim.results.BudgetColumnsReader;

/**
 * Each variant's use of its parks' incentive budgets, from the runs' budget columns ({@link BudgetColumnsReader}):
 * mean spend against budget, the share of runs whose budget ran out and the median month it did, unpaid promises,
 * firms turned away for want of floor, and the share of signed firms with an incentive. Without the columns
 * (older result folders) there is no budget table.
 */
public final class BudgetUseTable {
    /** @param outMonthMedian the median month the budget ran out, over the runs where it did (null if none) */
    public record Row(String variant, String park, int runs, double budgetCny, double spendCny, double outShare, CalendarMonth outMonthMedian,
                      double unpaidCny, double turnedAway, double signedWithIncentiveShare) {
        public double spentShare() { return budgetCny > 0 ? spendCny / budgetCny : Double.NaN; }
    }

    private BudgetUseTable() {}

    /** @param runs variant → park → its runs' budget figures, as {@link BudgetColumnsReader#read} gives them; one row each */
    public static List<Row> of(Map<String, Map<String, List<BudgetColumnsReader.Run>>> runs) {
        List<Row> rows = new ArrayList<>();
        runs.forEach((variant, byPark) -> byPark.forEach((park, r) -> rows.add(row(variant, park, r))));
        return rows;
    }

    private static Row row(String variant, String park, List<BudgetColumnsReader.Run> runs) {
        int n = runs.size();
        double[] budget = new double[n], out = new double[n], unpaid = new double[n], turnedAway = new double[n], withIncentive = new double[n],
                spend = new double[n];
        for (int r = 0; r < n; r++) {
            BudgetColumnsReader.Run run = runs.get(r);
            budget[r] = run.budgetCny();
            out[r] = run.outMonth() == null ? 0 : 1;
            unpaid[r] = run.unpaidCny();
            turnedAway[r] = run.turnedAway();
            withIncentive[r] = run.signedWithIncentiveShare();
            spend[r] = run.spendCny();
        }
        List<CalendarMonth> sorted = runs.stream().map(BudgetColumnsReader.Run::outMonth).filter(m -> m != null).sorted().toList();
        CalendarMonth median = sorted.isEmpty() ? null : sorted.get((sorted.size() - 1) / 2);
        return new Row(variant, park, n, mean(budget), mean(spend), mean(out), median, mean(unpaid), mean(turnedAway), mean(withIncentive));
    }

    /** The mean of the values that are known. */
    private static double mean(double[] v) {
        double[] known = Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
        return known.length == 0 ? Double.NaN : StatUtils.mean(known);
    }
}
