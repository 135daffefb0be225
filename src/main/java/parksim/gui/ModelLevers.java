package parksim.gui;

import java.util.List;
import parksim.policy.Lever;

/** The model parameters of the Model tab ({@link ModelControls#PARAMETERS}): each read from and written to its scenario path. */
final class ModelLevers extends LeverProperties {
    private final ModelControls controls;

    ModelLevers(ModelControls controls) {
        super(controls, List.copyOf(ModelControls.PARAMETERS.values()), ModelControls.NEXT_START);
        this.controls = controls;
    }

    @Override double value(int index) { return controls.parameter(lever(index)); }
    @Override void set(int index, double value) { controls.setParameter(lever(index), value); }
}
