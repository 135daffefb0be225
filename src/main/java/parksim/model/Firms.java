package parksim.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Every firm that ever entered a pipeline, and the active ones stepped each month in the order
 * they arrived (first come, first served for floor). One steppable per phase over the whole list
 * is far cheaper than one schedule entry per firm.
 */
public final class Firms implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Firm> all = new ArrayList<>();
    private final List<Firm> active = new ArrayList<>();

    void add(Firm firm) {
        all.add(firm);
        if (firm.stage().isActive()) active.add(firm);
    }

    public List<Firm> all() { return Collections.unmodifiableList(all); }

    public List<Firm> active() { return Collections.unmodifiableList(active); }

    Steppable pipeline() {
        return new Pipeline();
    }

    private final class Pipeline implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            for (Firm f : active) f.advance();
        }
    }

    Steppable operations(List<Park> parks) {
        return new Operations(parks);
    }

    private final class Operations implements Steppable {
        private static final long serialVersionUID = 1L;

        private final List<Park> parks;

        Operations(List<Park> parks) { this.parks = parks; }

        @Override
        public void step(SimState state) {
            for (Park p : parks) p.refreshCluster();
            for (Firm f : active) f.operate();
            active.removeIf(f -> !f.stage().isActive());
        }
    }
}
