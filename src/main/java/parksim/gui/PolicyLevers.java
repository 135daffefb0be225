package parksim.gui;

import java.util.ArrayList;
import java.util.List;
import parksim.policy.InstrumentKind;
import parksim.policy.Lever;

/**
 * The policy levers of the chosen park, one property per lever that an instrument of the GUI's
 * catalog declares ({@link InstrumentKind#levers()}), so that a new instrument's levers appear
 * without touching the GUI. A lever of an instrument the park's scenario does not offer is hidden.
 */
final class PolicyLevers extends LeverProperties {
    private final ModelControls controls;
    /** Each lever's instrument, in the levers' order. */
    private final List<String> instruments;

    PolicyLevers(ModelControls controls) {
        super(controls, levers(controls), ModelControls.AT_ONCE);
        this.controls = controls;
        this.instruments = new ArrayList<>();
        for (InstrumentKind e : controls.catalog().all()) for (Lever l : e.levers()) instruments.add(e.id());
    }

    private static List<Lever> levers(ModelControls controls) {
        List<Lever> levers = new ArrayList<>();
        for (InstrumentKind e : controls.catalog().all()) levers.addAll(e.levers());
        return levers;
    }

    /** {@code instrument.field}, as the controls name a lever. */
    private String key(int index) { return instruments.get(index) + "." + lever(index).field(); }

    @Override public boolean isHidden(int index) { return !controls.offers(instruments.get(index)); }
    @Override double value(int index) { return controls.lever(key(index)); }
    @Override void set(int index, double value) { controls.setLever(key(index), value); }
}
