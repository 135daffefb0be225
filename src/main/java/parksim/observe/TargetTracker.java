package parksim.observe;

import java.io.Serializable;
import parksim.core.CalendarMonth;
import parksim.model.Firm;
import parksim.scenario.TargetSpec;

/** Follows one target through a run: reads a stock at its month, or adds up a flow over its range. */
final class TargetTracker implements Serializable {
    private static final long serialVersionUID = 1L;

    private final TargetSpec target;
    private final Firm firm;
    private double sum;
    private boolean reached;

    /**
     * @param firm         the initial tenant a firm target is about, else null
     * @param preStartSum  a firm target's output in the range's months before the start (estimated)
     */
    TargetTracker(TargetSpec target, Firm firm, double preStartSum) {
        this.target = target;
        this.firm = firm;
        this.sum = preStartSum;
    }

    TargetSpec target() { return target; }

    void observe(ParkMonth row) {
        if (!row.park().equals(target.park()) || reached) return;
        CalendarMonth m = row.date();
        if (target.metric().isFlow()) {
            if (m.isBefore(target.from()) || m.isAfter(target.to())) return;
            sum += firm != null ? firm.outputThisMonth() : row.get(target.metric());
            if (m.equals(target.to())) reached = true;
        } else if (m.equals(target.date())) {
            sum = row.get(target.metric());
            reached = true;
        }
    }

    TargetResult result() {
        return reached ? new TargetResult(target, sum, target.met(sum)) : new TargetResult(target, null, null);
    }
}
