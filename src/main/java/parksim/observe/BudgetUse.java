package parksim.observe;

import parksim.core.CalendarMonth;
import parksim.policy.Budget;
import java.util.LinkedHashMap;
import java.util.Map;
import parksim.policy.Instruments;

/**
 * A park's budget at the end of a run, for {@code summary.csv}: its total, the first month it had
 * to cut an offer, a programme or a payment (null if never), and the spend per instrument.
 */
public record BudgetUse(double totalCny, CalendarMonth outMonth, Map<String, Double> spentCny) {
    static BudgetUse of(Budget budget, CalendarMonth start) {
        Map<String, Double> spent = new LinkedHashMap<>();
        for (Instruments.Entry e : Instruments.all()) spent.put(e.id(), budget.spentOn(e.id()));
        int out = budget.firstShortMonth();
        return new BudgetUse(budget.total(), out == Budget.NEVER ? null : start.plus(out), spent);
    }
}
