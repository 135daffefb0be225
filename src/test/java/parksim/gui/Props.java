package parksim.gui;

import sim.util.Properties;

/** Finds a property that MASON shows under its human name ({@code nameX}) by its getter's name {@code X}. */
final class Props {
    private Props() {}

    static int index(Properties p, String getter) {
        String shown = shownName(p.getObject(), getter);
        for (int i = 0; i < p.numProperties(); i++) if (p.getName(i).equals(shown)) return i;
        throw new AssertionError("no property shown as " + shown);
    }

    static Object value(Object bean, String getter) {
        Properties p = Properties.getProperties(bean);
        return p.getValue(index(p, getter));
    }

    /**
     * The name MASON shows for the property of getter {@code getX}/{@code isX}: what {@code nameX()} returns;
     * for a policy lever written {@code instrument.field}, the label its instrument declares; for a model
     * parameter of the Model tab, its lever's label.
     */
    static String shownName(Object bean, String getter) {
        if (getter.contains(".")) {
            String[] parts = getter.split("\\.", 2);
            parksim.policy.Lever lever = parksim.policy.InstrumentCatalog.installed().get(parts[0]).lever(parts[1]);
            if (lever == null) throw new AssertionError("no lever " + getter);
            return lever.label();
        }
        if (bean instanceof ModelTab tab) bean = tab.controls();
        if (bean instanceof ModelControls && ModelControls.PARAMETERS.containsKey(getter)) return ModelControls.PARAMETERS.get(getter).label();
        try {
            return (String) bean.getClass().getMethod("name" + getter).invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(bean.getClass().getSimpleName() + " has no name" + getter + "()", e);
        }
    }
}
