package parksim.gui;

import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.continuous.ContinuousPortrayal2D;

/**
 * A layer of the display whose inspectors show the object alone: MASON's field portrayal would wrap
 * them with the object's position in field units, which means nothing to a reader.
 */
class InspectedLayer extends ContinuousPortrayal2D {
    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        if (wrapper == null) return null;
        return getPortrayalForObject(wrapper.getObject()).getInspector(wrapper, state);
    }
}
