package parksim.gui;

import java.util.function.IntPredicate;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;
import sim.util.Properties;

/**
 * The Model tab: MASON's property inspectors over {@link ModelControls} in three groups — the
 * park chosen and the last change; the levers that apply at once; the values that apply at the
 * next start — built again when another park is chosen (each park shows only the levers its
 * scenario offers) and refreshed every step.
 */
final class ModelInspector extends Inspector {
    private final ModelControls controls;
    private final GUIState gui;
    private SimpleInspector[] groups = new SimpleInspector[0];
    private final java.util.List<Properties> shown = new java.util.ArrayList<>();
    private JPanel body;
    private int builtFor;

    ModelInspector(ModelControls controls, GUIState gui) {
        this.controls = controls;
        this.gui = gui;
        setLayout(new BorderLayout());
        setVolatile(true);
        build();
    }

    private void build() {
        if (body != null) remove(body);
        Properties all = controls.allProperties();
        shown.clear();
        IntPredicate atOnce = i -> describedAs(all, i, ModelControls.AT_ONCE);
        IntPredicate nextStart = i -> describedAs(all, i, ModelControls.NEXT_START);
        groups = new SimpleInspector[] {
            group(all, atOnce.negate().and(nextStart.negate()), "Park"),
            group(all, atOnce, "Apply at once (to prospects from the next month)"),
            group(all, nextStart, "Apply at the next start (press Stop, then Play)")};
        body = new JPanel();
        body.setLayout(new BoxLayout(body, BoxLayout.Y_AXIS));
        for (SimpleInspector g : groups) body.add(g);
        body.add(Box.createVerticalGlue());
        builtFor = controls.layoutKey();
        add(body, BorderLayout.CENTER);
        revalidate();
        repaint();
    }

    private static boolean describedAs(Properties p, int i, String ending) {
        String d = p.getDescription(i);
        return d != null && d.endsWith(ending);
    }

    private SimpleInspector group(Properties all, IntPredicate keep, String title) {
        GroupedProperties properties = GroupedProperties.of(controls, all, ModelControls.ORDER, keep);
        shown.add(properties);
        SimpleInspector inspector = new SimpleInspector(properties, gui, null, Text.ALL_PROPERTIES);
        inspector.setBorder(BorderFactory.createTitledBorder(title));
        return inspector;
    }

    /** The groups' properties as shown: the park, at once, at the next start. */
    java.util.List<Properties> groups() { return java.util.List.copyOf(shown); }

    @Override
    public void updateInspector() {
        if (controls.layoutKey() != builtFor) build();
        else for (SimpleInspector g : groups) g.updateInspector();
    }
}
