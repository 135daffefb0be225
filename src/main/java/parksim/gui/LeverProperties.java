package parksim.gui;

import java.util.List;
import parksim.policy.Lever;
import sim.util.Interval;
import sim.util.Properties;

/**
 * Levers as MASON properties: one slider per {@link Lever} (its label, range and description),
 * whole numbers as integers. MASON finds a bean's properties by reflection on getX/setX/domX, but it
 * also takes any {@link Properties}, so levers declared as data need no hand-written methods.
 */
abstract class LeverProperties extends Properties {
    private final List<Lever> levers;
    private final String ending;

    /** @param ending ends every description: when a change applies */
    LeverProperties(Object object, List<Lever> levers, String ending) {
        this.object = object;
        this.levers = List.copyOf(levers);
        this.ending = ending;
    }

    /** The lever's current value. */
    abstract double value(int index);

    /** Changes the lever's value. */
    abstract void set(int index, double value);

    Lever lever(int index) { return levers.get(index); }

    @Override public boolean isVolatile() { return true; }
    @Override public int numProperties() { return levers.size(); }
    @Override public String getName(int index) { return lever(index).label(); }
    @Override public boolean isReadWrite(int index) { return true; }
    @Override public Class getType(int index) { return lever(index).whole() ? Integer.TYPE : Double.TYPE; }
    @Override public String getDescription(int index) { return lever(index).description() + ending; }

    @Override
    public Object getDomain(int index) {
        Lever l = lever(index);
        return l.whole() ? new Interval((long) l.min(), (long) l.max()) : new Interval(l.min(), l.max());
    }

    @Override
    public Object getValue(int index) {
        double v = value(index);
        return lever(index).whole() ? (Object) (int) Math.round(v) : (Object) v;
    }

    @Override
    protected Object _setValue(int index, Object value) {
        set(index, ((Number) value).doubleValue());
        return getValue(index);
    }
}
