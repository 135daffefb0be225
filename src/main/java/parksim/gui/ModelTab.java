package parksim.gui;

import sim.util.Propertied;
import sim.util.Properties;

/** The object the Console inspects as the model: the Model tab's bean properties and policy levers. */
final class ModelTab implements Propertied {
    private final ModelControls controls;

    ModelTab(ModelControls controls) { this.controls = controls; }

    ModelControls controls() { return controls; }

    @Override
    public Properties properties() { return controls.allProperties(); }

    @Override
    public String toString() { return controls.toString(); }
}
