package parksim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small experiment files for command-line tests: the Yanji projection as "baseline" and one other variant, "rich". */
final class ExperimentFiles {
    private ExperimentFiles() {}

    /** @param richSet the JSON members of the "rich" variant's {@code set} */
    static Path write(Path dir, String name, int replications, long seed, int months, String richSet) throws IOException {
        String scenario = Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString().replace("\\", "/");
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, """
                {"name": "%s", "scenario": "%s", "replications": %d, "seed": %d, "months": %d,
                 "variants": [{"name": "baseline", "set": {}}, {"name": "rich", "set": {%s}}]}
                """.formatted(name, scenario, replications, seed, months, richSet));
        return file;
    }
}
