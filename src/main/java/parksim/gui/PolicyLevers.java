package parksim.gui;

import java.util.ArrayList;
import java.util.List;
import parksim.policy.InstrumentKind;
import parksim.policy.Lever;
import sim.util.Interval;
import sim.util.Properties;

/**
 * The policy levers of the chosen park, one property per lever that an instrument of the GUI's
 * catalog declares ({@link InstrumentKind#levers()}), so that a new instrument's levers appear without touching the GUI. A lever
 * of an instrument the park's scenario does not offer is hidden.
 */
final class PolicyLevers extends Properties {
    private record Entry(String instrument, Lever lever) {
        String key() { return instrument + "." + lever.field(); }
    }

    private final ModelControls controls;
    private final List<Entry> entries = new ArrayList<>();

    PolicyLevers(ModelControls controls) {
        this.controls = controls;
        this.object = controls;
        for (InstrumentKind e : controls.catalog().all()) for (Lever l : e.levers()) entries.add(new Entry(e.id(), l));
    }

    /** The index of the lever {@code instrument.field}, or -1. */
    int indexOf(String key) {
        for (int i = 0; i < entries.size(); i++) if (entries.get(i).key().equals(key)) return i;
        return -1;
    }

    @Override public boolean isVolatile() { return true; }
    @Override public int numProperties() { return entries.size(); }
    @Override public String getName(int index) { return entries.get(index).lever().label(); }
    @Override public boolean isReadWrite(int index) { return true; }
    @Override public boolean isHidden(int index) { return !controls.offers(entries.get(index).instrument()); }
    @Override public Class getType(int index) { return entries.get(index).lever().whole() ? Integer.TYPE : Double.TYPE; }

    @Override
    public String getDescription(int index) { return entries.get(index).lever().description() + ModelControls.AT_ONCE; }

    @Override
    public Object getDomain(int index) {
        Lever l = entries.get(index).lever();
        return l.whole() ? new Interval((long) l.min(), (long) l.max()) : new Interval(l.min(), l.max());
    }

    @Override
    public Object getValue(int index) {
        Entry e = entries.get(index);
        double v = controls.lever(e.key());
        return e.lever().whole() ? (Object) (int) Math.round(v) : (Object) v;
    }

    @Override
    protected Object _setValue(int index, Object value) {
        Entry e = entries.get(index);
        controls.setLever(e.key(), ((Number) value).doubleValue());
        return getValue(index);
    }
}
