package parksim.calibrate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import parksim.core.InputException;

class BadCalibrationInputTest {
    @TempDir
    Path dir;

    private static final String GOOD_TARGET = """
            {"id": "Y5-signed", "figure": "Y5", "scenario": "%s", "park": "yanji", "metric": "tenants_signed_cum", "date": "2024-12", "comparison": "equals", "value": 9, "tolerance": 2}""";

    private String scenario() {
        return Path.of("scenarios/yanji-hindcast.json").toAbsolutePath().toString();
    }

    private Path targets(String target) throws IOException {
        return CalibrationFixtures.write(dir, "targets.json", "{\"targets\": [" + target.replace("%s", scenario()) + "]}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown figure id | "figure": "Y5"                     | "figure": "Y99"                  | targets[0].figure (scenario yanji-hindcast): expected a figure id listed in sources
            unknown metric    | "metric": "tenants_signed_cum"     | "metric": "happiness"            | targets[0].metric: expected one of the metrics
            unknown park      | "park": "yanji"                    | "park": "harbin"                 | targets[0].park (scenario yanji-hindcast): expected one of the parks [yanji]
            beyond the run    | "date": "2024-12"                  | "date": "2026-12"                | targets[0]: expected a target within yanji-hindcast's run (2023-01 to 2024-12), found 2026-12
            no figure         | "figure": "Y5",                    | ''                               | targets[0].figure: expected the figure id the target checks
            """)
    void badTargetsAreRefusedWithFileAndPath(String name, String good, String bad, String message) throws IOException {
        Path file = targets(GOOD_TARGET.replace(good, bad));
        InputException e = assertThrows(InputException.class, () -> TargetSet.load(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            min above max       | {"name": "v", "paths": ["parks[yanji].visibility"], "min": 0.5, "max": 0.1}                        | parameters[0].max: expected a number > min (0.5), found 0.1
            start out of bounds | {"name": "v", "paths": ["parks[yanji].visibility"], "min": 0.1, "max": 0.5, "start": 0.9}          | parameters[0].start: expected a number within [0.1, 0.5], found 0.9
            unknown path        | {"name": "v", "paths": ["parks[yanji].visibilty"], "min": 0.1, "max": 0.5}                         | parameters[0].paths[0]: expected a path to a number in scenario yanji-hindcast
            unknown scenario    | {"name": "v", "paths": ["parks[yanji].visibility"], "min": 0.1, "max": 0.5, "scenarios": ["anji"]} | parameters[0].scenarios: expected scenarios of the targets [yanji-hindcast], found "anji"
            empty scenarios     | {"name": "v", "paths": ["parks[yanji].visibility"], "min": 0.1, "max": 0.5, "scenarios": []}       | parameters[0].scenarios: expected a non-empty list of scenario names (leave the field out for every scenario), found "[]"
            integer, no whole number | {"name": "v", "paths": ["model.pipeline.moveInLagMonths"], "min": 2.2, "max": 2.8, "integer": true} | parameters[0].integer: expected a range [min, max] holding at least two whole numbers
            integer, fractional start | {"name": "v", "paths": ["model.pipeline.moveInLagMonths"], "min": 1, "max": 12, "start": 4.5, "integer": true} | parameters[0].start: expected a whole number (the parameter is an integer), found 4.5
            """)
    void badParametersAreRefusedWithFileAndPath(String name, String parameter, String message) throws IOException {
        TargetSet targets = TargetSet.load(targets(GOOD_TARGET));
        Path file = CalibrationFixtures.write(dir, "params.json", "{\"parameters\": [" + parameter + "]}");
        InputException e = assertThrows(InputException.class, () -> ParameterSet.load(file, targets));
        assertTrue(e.getMessage().equals(file + ": " + message) || e.getMessage().startsWith(file + ": " + message), e.getMessage());
    }

    @Test
    void aGoodTargetLoads() throws IOException {
        assertTrue(TargetSet.load(targets(GOOD_TARGET)).cases().size() == 1);
    }
}
