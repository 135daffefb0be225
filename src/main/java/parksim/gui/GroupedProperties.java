package parksim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import sim.util.Properties;

/** Some of an object's properties, for an inspector that shows them apart from the rest. */
final class GroupedProperties extends Properties {
    private final Properties all;
    private final List<Integer> kept = new ArrayList<>();

    /** The properties of {@code all} whose index passes {@code keep}, in their order. */
    GroupedProperties(Properties all, IntPredicate keep) {
        this.all = all;
        this.object = all.getObject();
        for (int i = 0; i < all.numProperties(); i++) if (keep.test(i)) kept.add(i);
    }

    private int at(int index) { return kept.get(index); }

    @Override public boolean isVolatile() { return all.isVolatile(); }
    @Override public int numProperties() { return kept.size(); }
    @Override public Object getValue(int index) { return all.getValue(at(index)); }
    @Override public Object getDomain(int index) { return all.getDomain(at(index)); }
    @Override public String getDescription(int index) { return all.getDescription(at(index)); }
    @Override public boolean isReadWrite(int index) { return all.isReadWrite(at(index)); }
    @Override public boolean isHidden(int index) { return all.isHidden(at(index)); }
    @Override public String getName(int index) { return all.getName(at(index)); }
    @Override public Class getType(int index) { return all.getType(at(index)); }
    @Override protected Object _setValue(int index, Object value) { return all.setValue(at(index), value); }
}
