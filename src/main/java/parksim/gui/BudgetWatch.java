package parksim.gui;

import java.util.HashMap;
import java.util.Map;
import parksim.core.CalendarMonth;
import parksim.model.Park;
import parksim.model.ParkSimulation;

/**
 * Remembers the month each park's incentive budget ran out, watching the budget after every month
 * (the model keeps the running figures, not the month they crossed the line).
 */
final class BudgetWatch {
    /** The budget counts as run out once no more than this share of it is neither spent nor committed. */
    static final double RAN_OUT_SHARE = 0.01;

    private final Map<String, CalendarMonth> ranOut = new HashMap<>();

    void reset() {
        ranOut.clear();
    }

    /** Looks at the month just simulated. */
    void update(ParkSimulation sim) {
        if (sim.monthsDone() == 0) return;
        for (Park p : sim.parks()) if (ranOut(p)) ranOut.putIfAbsent(p.id(), sim.currentMonth());
    }

    static boolean ranOut(Park p) {
        return p.budget().uncommitted() <= RAN_OUT_SHARE * p.budget().total(); // a park without a budget has none from the start
    }

    /** The month the park's budget first ran out (it can recover as promises are released), or null. */
    CalendarMonth ranOutIn(Park p) {
        return ranOut.get(p.id());
    }
}
