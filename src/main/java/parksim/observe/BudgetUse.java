package parksim.observe;

import parksim.core.CalendarMonth;
import parksim.policy.Budget;
import java.util.Map;

/**
 * A park's budget at the end of a run, for {@code summary.csv}: its total, the first month it had
 * to cut an offer, a programme or a payment (null if never), and the spend per instrument (an
 * instrument it never paid is absent).
 */
public record BudgetUse(double totalCny, CalendarMonth outMonth, Map<String, Double> spentCny) {
    static BudgetUse of(Budget budget, CalendarMonth start) {
        int out = budget.firstShortMonth();
        return new BudgetUse(budget.total(), out == Budget.NEVER ? null : start.plus(out), budget.spentByInstrument());
    }
}
