package parksim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import parksim.TestScenarios;
import parksim.core.InputException;

/** Each kind of bad scenario gets one message naming the file, the JSON path, what was expected and what was found. */
class BadScenarioTest {
    @TempDir
    Path dir;

    /** Writes the Yanji hindcast, changed by {@code change}, as a self-contained file. */
    static Path write(Path dir, Consumer<ObjectNode> change) throws IOException {
        ObjectNode tree = TestScenarios.tree("yanji-hindcast");
        change.accept(tree);
        Path file = dir.resolve("bad.json");
        Files.writeString(file, StrictJson.mapper().writeValueAsString(tree));
        return file;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("unknown field", (Consumer<ObjectNode>) t -> ((ObjectNode) t.get("parks").get(0)).put("rentPerM3", 5),
                        "parks[0].rentPerM3", "one of the fields", "unknown field \"rentPerM3\""),
                Arguments.of("missing required field", (Consumer<ObjectNode>) t -> ((ObjectNode) t.get("parks").get(0)).remove("visibility"),
                        "parks[0].visibility", "a share in [0, 1]", "nothing"),
                Arguments.of("wrong type", (Consumer<ObjectNode>) t -> t.put("months", "twelve"),
                        "months", "a whole number", "\"twelve\""),
                Arguments.of("number in quotes", (Consumer<ObjectNode>) t -> TestScenarios.set(t, "parks[0].rentPerM2", "25"),
                        "parks[0].rentPerM2", "a number", "\"25\""),
                Arguments.of("negative area", (Consumer<ObjectNode>) t -> TestScenarios.set(t, "parks[0].buildings[1].floorArea", -5),
                        "parks[0].buildings[1].floorArea", "a number > 0", "-5"),
                Arguments.of("share outside [0, 1]", (Consumer<ObjectNode>) t -> TestScenarios.set(t, "parks[0].policies.rentSubsidy.share", 1.5),
                        "parks[0].policies.rentSubsidy.share", "a share in [0, 1]", "1.5"),
                Arguments.of("end before start", (Consumer<ObjectNode>) t -> {
                            TestScenarios.set(t, "parks[0].policies.taxRebate.start", "2025-01");
                            TestScenarios.set(t, "parks[0].policies.taxRebate.end", "2024-06");
                        }, "parks[0].policies.taxRebate.end", "a month not before start 2025-01", "2024-06"),
                Arguments.of("unknown segment", (Consumer<ObjectNode>) t -> TestScenarios.set(t, "parks[0].focus", List.of("storage", "cells")),
                        "parks[0].focus[1]", "one of [storage, research", "\"cells\""),
                Arguments.of("unknown segment as a key", (Consumer<ObjectNode>) t -> TestScenarios.set(t, "market.segments.cells", t.get("market").get("segments").get("storage")),
                        "market.segments", "storage", "cells"),
                Arguments.of("unknown park id", (Consumer<ObjectNode>) t -> t.putArray("targets").addObject().put("id", "T").put("figure", "Y5")
                                .put("park", "nowhere").put("metric", "tenants_signed_cum").put("date", "2024-12").put("value", 9),
                        "targets[0].park", "one of the parks [yanji]", "\"nowhere\""),
                Arguments.of("date not YYYY-MM", (Consumer<ObjectNode>) t -> t.put("start", "2023/01"),
                        "start", "a date YYYY-MM", "\"2023/01\""),
                Arguments.of("month 13", (Consumer<ObjectNode>) t -> TestScenarios.set(t, "parks[0].buildings[0].completes", "2024-13"),
                        "parks[0].buildings[0].completes", "a date YYYY-MM", "\"2024-13\""),
                Arguments.of("unknown building", (Consumer<ObjectNode>) t -> TestScenarios.set(t, "targets", List.of()),
                        null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputNamesFilePathExpectedAndFound(String name, Consumer<ObjectNode> change, String path, String expected, String found)
            throws IOException {
        Path file = write(dir, change);
        if (path == null) {
            ScenarioLoader.load(file); // control case: a valid change loads
            return;
        }
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(file));
        String message = e.getMessage();
        assertTrue(message.startsWith(file + ": " + path), message);
        assertTrue(message.contains("expected " ) && message.contains(expected), message);
        assertTrue(message.contains("found ") && message.contains(found), message);
        assertFalse(message.contains("\n"), "one line: " + message);
        assertFalse(message.contains("Exception") || message.contains("com.fasterxml"), message);
    }

    @org.junit.jupiter.api.Test
    void brokenJsonNamesLineAndColumn() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"name\": \"x\",\n  \"start\": \"2023-01\"\n  \"months\": 3\n}\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(file));
        assertTrue(e.getMessage().startsWith(file + ": line 4, column"), e.getMessage());
        assertTrue(e.getMessage().contains("expected valid JSON"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void aMissingFileIsNamed() {
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(dir.resolve("none.json")));
        assertEquals(dir.resolve("none.json") + ": no such file", e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void aCitedFigureMustBeListedInSources() throws IOException {
        Path file = dir.resolve("cites.json");
        String text = Files.readString(TestScenarios.file("yanji-hindcast"))
                .replace("\"landArea\": {\"value\": 43500, \"source\": \"Y1\"}", "\"landArea\": {\"value\": 43500, \"source\": \"Y99\"}")
                .replace("\"base\": \"common/cell-industry.json\"", "\"base\": \"" + Path.of("scenarios/common/cell-industry.json").toAbsolutePath() + "\"");
        Files.writeString(file, text);
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(file));
        assertTrue(e.getMessage().contains("parks[0].landArea.source: expected a figure id listed in sources"), e.getMessage());
        assertTrue(e.getMessage().endsWith("found \"Y99\""), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void tenantFloorMustFitItsBuilding() throws IOException {
        Path file = dir.resolve("crowded.json");
        ObjectNode tree = TestScenarios.tree("yanji-projection");
        TestScenarios.set(tree, "parks[0].tenants[kasen].floor", 1e6);
        Files.writeString(file, StrictJson.mapper().writeValueAsString(tree));
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(file));
        assertTrue(e.getMessage().contains("parks[0].tenants[0].floor: expected tenant floor that fits building storage-centre"), e.getMessage());
    }
}
