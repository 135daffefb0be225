package parksim.sensitivity.study;

import java.util.LinkedHashMap;
import java.util.Map;
import parksim.core.Metric;
import parksim.report.Display;
import parksim.scenario.Scenario;
import parksim.scenario.TargetSpec;

/**
 * A study's outputs as people read them: "output, last 12 months at 2030-12 (¥M)" for
 * {@code output_12m_cny@2030-12}, with the labels {@code compare} uses ({@link Display}), and the scale
 * their effects are shown in (money in ¥M). Result files keep the ids.
 */
final class OutputNames {
    /** @param scale divide an effect in the output's units by this to show it in {@code unit} */
    record Name(String words, String unit, double scale) {
        String withUnit() { return unit.isEmpty() ? words : words + " (" + unit + ")"; }
    }

    private final Map<String, Name> byLabel = new LinkedHashMap<>();

    OutputNames(SensitivityStudy study) {
        Scenario scenario = study.experiment().base().scenario();
        boolean showPark = scenario.parks().size() > 1;
        for (int o = 0; o < study.outputs().size(); o++) byLabel.put(study.outputLabel(o), name(study.outputs().get(o), scenario, showPark));
    }

    Name of(String label) {
        return byLabel.getOrDefault(label, new Name(label, "", 1.0));
    }

    private static Name name(OutputSpec out, Scenario scenario, boolean showPark) {
        if (out.name() != null && !out.name().isBlank() && out.metric() == null && out.target() == null) return new Name(out.name(), "", 1.0);
        if (out.target() != null) {
            TargetSpec t = scenario.targets().stream().filter(x -> x.id().equals(out.target())).findFirst().orElse(null);
            String what = "target " + out.target() + (t == null ? "" : " (" + t.description() + ")");
            if (out.met()) return new Name(what + " met (1 if met, else 0)", "", 1.0);
            Metric m = t == null ? null : t.metric();
            return m == null ? new Name(what + ", simulated value", "", 1.0) : new Name(what + ", simulated value", Display.unit(m), Display.scale(m));
        }
        Metric m = Metric.fromColumn(out.metric());
        String when = out.date() != null ? " at " + out.date() : " in " + out.year();
        String where = showPark && out.park() != null ? " in park " + out.park() : "";
        return new Name(Display.name(m) + where + when, Display.unit(m), Display.scale(m));
    }
}
