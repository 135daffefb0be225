package parksim.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small experiment files for tests, written next to a temporary folder and pointing at a bundled scenario. */
final class SweepFixtures {
    private SweepFixtures() {}

    static Path experiment(Path dir, String name, int replications, int months, String variantsAndGrid) throws IOException {
        String scenario = Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString().replace("\\", "/");
        String json = """
                {
                  "name": "%s",
                  "scenario": "%s",
                  "replications": %d,
                  "seed": 500,
                  "months": %d,
                  %s
                }
                """.formatted(name, scenario, replications, months, variantsAndGrid);
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, json);
        return file;
    }

    static final String TWO_VARIANTS = """
            "variants": [
              {"name": "baseline", "set": {}},
              {"name": "rent-heavy", "set": {"parks[yanji].policies.rentSubsidy.share": 0.9, "parks[yanji].budget": 1e8}}
            ]""";

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    /** runs.csv without its wall-time column, which is the only thing that differs between equal sweeps. */
}
