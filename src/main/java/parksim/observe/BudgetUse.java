package parksim.observe;

import parksim.core.CalendarMonth;
import parksim.policy.Budget;
import parksim.policy.InstrumentKind;

/**
 * A park's budget at the end of a run, for {@code summary.csv}: its total, the first month it had
 * to cut an offer, a programme or a payment (null if never), and the spend per instrument.
 */
public record BudgetUse(double totalCny, CalendarMonth outMonth, double[] spentCny) {
    static BudgetUse of(Budget budget, CalendarMonth start) {
        double[] spent = new double[InstrumentKind.COUNT];
        for (InstrumentKind k : InstrumentKind.values()) spent[k.ordinal()] = budget.spentOn(k);
        int out = budget.firstShortMonth();
        return new BudgetUse(budget.total(), out == Budget.NEVER ? null : start.plus(out), spent);
    }
}
