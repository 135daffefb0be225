package parksim.gui;

/** The display's way back from one park's buildings to the map of all parks: a click on it. */
public final class MapButton {
    static final String LABEL = "◂ Back to the map of all parks";
    /** Size in field units. */
    static final double WIDTH = 26, HEIGHT = 4;

    @Override
    public String toString() { return LABEL; }
}
