package parksim.gui;

import java.util.List;
import sim.util.Properties;

/** Several property lists shown as one, in order (the Model tab's bean properties and its policy levers). */
final class ComposedProperties extends Properties {
    private final List<Properties> parts;

    ComposedProperties(Object object, List<Properties> parts) {
        this.object = object;
        this.parts = List.copyOf(parts);
    }

    private Properties part(int index) {
        for (Properties p : parts) {
            if (index < p.numProperties()) return p;
            index -= p.numProperties();
        }
        throw new IndexOutOfBoundsException(index);
    }

    private int local(int index) {
        for (Properties p : parts) {
            if (index < p.numProperties()) return index;
            index -= p.numProperties();
        }
        throw new IndexOutOfBoundsException(index);
    }

    @Override public boolean isVolatile() { return parts.stream().anyMatch(Properties::isVolatile); }
    @Override public int numProperties() { return parts.stream().mapToInt(Properties::numProperties).sum(); }
    @Override public Object getValue(int i) { return part(i).getValue(local(i)); }
    @Override public Object getDomain(int i) { return part(i).getDomain(local(i)); }
    @Override public String getDescription(int i) { return part(i).getDescription(local(i)); }
    @Override public boolean isReadWrite(int i) { return part(i).isReadWrite(local(i)); }
    @Override public boolean isHidden(int i) { return part(i).isHidden(local(i)); }
    @Override public String getName(int i) { return part(i).getName(local(i)); }
    @Override public Class getType(int i) { return part(i).getType(local(i)); }
    @Override protected Object _setValue(int i, Object value) { return part(i).setValue(local(i), value); }
}
