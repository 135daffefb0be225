package parksim.gui;

import java.awt.BorderLayout;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The Model tab: MASON's property inspector over {@link ModelControls}, built again when another
 * park is chosen (each park shows only the levers its scenario offers) and refreshed every step.
 */
final class ModelInspector extends Inspector {
    private final ModelControls controls;
    private final GUIState gui;
    private SimpleInspector properties;
    private int builtFor;

    ModelInspector(ModelControls controls, GUIState gui) {
        this.controls = controls;
        this.gui = gui;
        setLayout(new BorderLayout());
        setVolatile(true);
        build();
    }

    private void build() {
        if (properties != null) remove(properties);
        properties = new SimpleInspector(controls, gui, null);
        builtFor = controls.layoutKey();
        add(properties, BorderLayout.CENTER);
        revalidate();
        repaint();
    }

    @Override
    public void updateInspector() {
        if (controls.layoutKey() != builtFor) build();
        else properties.updateInspector();
    }
}
