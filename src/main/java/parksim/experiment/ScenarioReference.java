package parksim.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import parksim.core.InputException;
import parksim.scenario.LoadedScenario;
import parksim.scenario.ScenarioLoader;

/**
 * A scenario named in another file (an experiment, a targets file), relative to that file. A scenario that
 * does not exist is reported against the referring file and the field that names it, where the user must
 * correct it; a scenario that exists but is invalid, against the scenario file itself.
 */
public final class ScenarioReference {
    private ScenarioReference() {}

    /**
     * @param referring the file that names the scenario
     * @param field     the JSON path of the field that names it, e.g. {@code targets[2].scenario}
     * @param written   the field's text
     */
    public static LoadedScenario load(Path referring, String field, String written) {
        Path absolute = referring.toAbsolutePath().getParent().resolve(written).normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new InputException(referring.toString(), field, "a scenario file (relative to the folder of " + referring.getFileName() + ")",
                    "\"" + written + "\", which does not exist (" + relativeIfPossible(absolute) + ")");
        }
        return ScenarioLoader.load(relativeIfPossible(absolute));
    }

    /** Relative to the working folder when below it, so that messages and result files stay short and portable. */
    public static Path relativeIfPossible(Path absolute) {
        Path cwd = Path.of("").toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    }
}
