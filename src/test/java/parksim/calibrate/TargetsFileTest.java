package parksim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.scenario.StrictJson;

/** The shipped targets and parameters files: every checkable figure, a reason for every number, few parameters, one tolerance each. */
class TargetsFileTest {
    private static final Path TARGETS = Path.of("scenarios/targets.json");

    @Test
    void everyCheckableFigureIsATargetOrSaysWhyNot() {
        TargetSet targets = TargetSet.load(TARGETS);
        Set<String> ids = targets.cases().stream().map(TargetCase::id).collect(Collectors.toSet());
        for (String id : List.of("Y5-signed", "Y5-open", "Y9-2023", "A1-projects", "A1-investment", "C2-projects", "C2-investment", "C4-listed",
                "C3-employment", "J3-contacts")) {
            assertTrue(ids.contains(id), id);
        }
        Set<String> covered = new HashSet<>();
        targets.cases().forEach(c -> covered.add(c.target().figure()));
        targets.notChecked().forEach(n -> covered.add(n.figure()));
        for (String figure : List.of("Y5", "Y9", "A1", "C2", "C4", "C6", "C7", "J3", "C3")) assertTrue(covered.contains(figure), figure);
        long bounds = targets.cases().stream().filter(c -> c.id().startsWith("bound-")).count();
        assertTrue(bounds >= 4, "plausibility bounds: output and jobs per m², output per ¥ invested, jobs against C3");
    }

    @Test
    void everyTargetValueAndToleranceCitesAFigureOrStatesAReason() {
        for (JsonNode t : StrictJson.readTree(TARGETS).get("targets")) {
            for (String field : List.of("value", "tolerance")) {
                JsonNode n = t.get(field);
                if (n == null) continue;
                assertTrue(n.has("source") || n.has("assumption"), t.get("id") + "." + field + " has a source or a reason");
            }
        }
    }

    @Test
    void atMostHalfAsManyFreeParametersAsTargets() {
        TargetSet targets = TargetSet.load(TARGETS);
        ParameterSet params = ParameterSet.load(Path.of("scenarios/calibration-params.json"), targets);
        assertTrue(2 * params.parameters().size() <= targets.cases().size(),
                params.parameters().size() + " parameters for " + targets.cases().size() + " targets");
    }

    /** A target's tolerance is given once, in the targets file: no bundled scenario repeats one of its targets. */
    @Test
    void noScenarioRepeatsATargetOfTheTargetsFile() {
        Set<String> ids = TargetSet.load(TARGETS).cases().stream().map(TargetCase::id).collect(Collectors.toSet());
        for (String name : TestScenarios.BUNDLED) {
            TestScenarios.load(name).scenario().targets().forEach(t -> assertTrue(!ids.contains(t.id()), name + " repeats " + t.id()));
        }
        assertEquals(0, TestScenarios.load("yanji-hindcast").scenario().targets().size());
    }
}
