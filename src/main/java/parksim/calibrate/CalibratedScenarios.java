package parksim.calibrate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import parksim.core.Fmt;
import parksim.scenario.LoadedScenario;
import parksim.scenario.ScenarioLoader;
import parksim.scenario.ScenarioPaths;
import parksim.scenario.StrictJson;

/**
 * Writes each target scenario with the fitted values in place, as a standalone file (its base merged in,
 * provenance kept), every fitted number marked {@code {"value": .., "calibrated": "<how>"}}.
 */
public final class CalibratedScenarios {
    private CalibratedScenarios() {}

    public static List<Path> write(Path dir, CalibrationProblem problem, Evaluation best, String targetsName) throws java.io.IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        List<String> figures = problem.targets().cases().stream().map(c -> c.target().figure()).distinct().toList();
        String how = String.format(Locale.ROOT, "fitted to %s by parksim calibrate %s (%d replications, objective %s)",
                String.join(", ", figures), targetsName, problem.replications(), Fmt.number(best.objective()));
        for (Map.Entry<String, LoadedScenario> e : problem.targets().scenarios().entrySet()) {
            ObjectNode raw = ScenarioLoader.readRaw(e.getValue().file());
            for (int i = 0; i < problem.parameters().size(); i++) {
                FreeParameter p = problem.parameters().get(i);
                if (!p.appliesTo(e.getKey())) continue;
                ObjectNode wrapped = StrictJson.mapper().createObjectNode();
                if (p.integer()) wrapped.put("value", Math.round(best.values()[i]));
                else wrapped.put("value", best.values()[i]);
                wrapped.put("calibrated", how);
                for (String path : p.paths()) ScenarioPaths.setCreating(raw, path, wrapped, "parameters", p.name());
            }
            Path file = dir.resolve(e.getKey() + ".json");
            Calibrator.writeAtomically(file, raw);
            written.add(file);
        }
        return written;
    }
}
