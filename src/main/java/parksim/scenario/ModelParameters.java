package parksim.scenario;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import parksim.core.Require;
import parksim.core.Segment;

/**
 * The model's behavioural parameters.
 *
 * @param complementarity for a prospect of segment s, how much each operating tenant of segment j
 *                        adds to its agglomeration term: {@code complementarity[s][j]} in [0, 1];
 *                        missing pairs count 0
 */
public record ModelParameters(
        ChoiceParameters choice,
        PipelineParameters pipeline,
        FirmParameters firms,
        Map<Segment, Map<Segment, Double>> complementarity) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ModelParameters {
        Require.present(choice, "choice", "the choice coefficients");
        Require.present(pipeline, "pipeline", "the pipeline parameters");
        Require.present(firms, "firms", "the firm parameters");
        EnumMap<Segment, Map<Segment, Double>> copy = new EnumMap<>(Segment.class);
        for (Map.Entry<Segment, Map<Segment, Double>> row : Require.map(complementarity).entrySet()) {
            EnumMap<Segment, Double> r = new EnumMap<>(Segment.class);
            for (Map.Entry<Segment, Double> cell : Require.map(row.getValue()).entrySet()) {
                String field = "complementarity." + row.getKey().id() + "." + cell.getKey().id();
                r.put(cell.getKey(), Require.share(cell.getValue(), field));
            }
            copy.put(row.getKey(), Collections.unmodifiableMap(r));
        }
        complementarity = Collections.unmodifiableMap(copy);
    }

    /** The complementarity of segment {@code to} for a prospect of segment {@code of}. */
    public double complementarity(Segment of, Segment to) {
        Map<Segment, Double> row = complementarity.get(of);
        if (row == null) return 0;
        Double v = row.get(to);
        return v == null ? 0 : v;
    }

}
