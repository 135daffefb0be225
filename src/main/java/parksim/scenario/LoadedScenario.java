package parksim.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * A scenario as read from its file: the validated records, the provenance of its numbers, and the
 * plain JSON tree (base merged, provenance wrappers removed) that experiments override paths in.
 */
public record LoadedScenario(Path file, Scenario scenario, Provenance provenance, ObjectNode tree) {}
