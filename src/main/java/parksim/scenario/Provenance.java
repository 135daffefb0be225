package parksim.scenario;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Where each number of a scenario file comes from.
 *
 * @param cited      JSON path → figure id (e.g. {@code parks[0].buildings[1].floorArea → Y2})
 * @param calibrated JSON path → how the number was fitted (targets and command)
 * @param assumed    JSON path → the one-line reason for an assumed number
 * @param unsourced  JSON paths of numbers that neither cite a figure nor state an assumption
 */
public record Provenance(Map<String, String> cited, Map<String, String> calibrated, Map<String, String> assumed,
                         List<String> unsourced) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Provenance {
        cited = Collections.unmodifiableMap(cited);
        calibrated = Collections.unmodifiableMap(calibrated);
        assumed = Collections.unmodifiableMap(assumed);
        unsourced = List.copyOf(unsourced);
    }
}
