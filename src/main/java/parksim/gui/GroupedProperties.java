package parksim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import sim.util.Properties;

/**
 * Some of an object's properties, in a chosen order, for an inspector: MASON lists a bean's
 * properties in the JVM's method order, which is neither stable nor meaningful.
 */
final class GroupedProperties extends Properties {
    private final Properties all;
    private final List<Integer> kept;

    private GroupedProperties(Properties all, List<Integer> kept) {
        this.all = all;
        this.object = all.getObject();
        this.kept = kept;
    }

    /**
     * The properties of {@code bean} ({@code all}) whose index passes {@code keep}, those named in {@code order}
     * (getter names without get/is: {@code "OutputLast12MonthsMillions"}) first and in that order.
     */
    static GroupedProperties of(Object bean, Properties all, List<String> order, IntPredicate keep) {
        List<Integer> kept = new ArrayList<>();
        for (String getter : order) {
            int i = indexOf(all, shownName(bean, getter));
            if (i >= 0 && keep.test(i)) kept.add(i);
        }
        for (int i = 0; i < all.numProperties(); i++) if (!kept.contains(i) && keep.test(i)) kept.add(i);
        return new GroupedProperties(all, kept);
    }

    /** All the properties of {@code bean}, those named in {@code order} first. */
    static GroupedProperties of(Object bean, List<String> order) {
        return of(bean, Properties.getProperties(bean), order, i -> true);
    }

    /** The name MASON shows for a getter: what the bean's {@code nameX()} returns, else {@code X}. */
    private static String shownName(Object bean, String getter) {
        try {
            return (String) bean.getClass().getMethod("name" + getter).invoke(bean);
        } catch (ReflectiveOperationException e) {
            return getter;
        }
    }

    private static int indexOf(Properties p, String name) {
        for (int i = 0; i < p.numProperties(); i++) if (p.getName(i).equals(name)) return i;
        return -1;
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
