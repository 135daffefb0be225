package parksim.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parksim.observe.RunIdentity;
import parksim.scenario.StrictJson;

/**
 * Whether a sweep folder holds every run its experiment.json plans: a sweep stopped early still has
 * well-formed files, and a comparison of its first runs would look like a comparison of all of them.
 */
final class SweepCompleteness {
    private static final int EXAMPLES = 5;

    private SweepCompleteness() {}

    /** A warning naming the missing runs, or nothing when the sweep (or merged shards, or shard) is complete. */
    static Optional<String> warning(ResultFiles files, RunStatus status) {
        if (files.description() == null || !files.description().getFileName().toString().equals("experiment.json")) return Optional.empty();
        JsonNode meta = StrictJson.readTree(files.description());
        String shardText = meta.path("shard").asText("1/1");
        Shard shard;
        try {
            shard = Shard.parse(shardText);
        } catch (IllegalArgumentException e) {
            shard = Shard.ALL; // merged folders: every run of the experiment
        }
        List<String> variants = new ArrayList<>();
        for (JsonNode v : meta.path("variants")) variants.add(v.path("name").asText());
        int replications = meta.path("replications").asInt();
        Map<String, int[]> missingOfVariant = new LinkedHashMap<>();
        List<String> examples = new ArrayList<>();
        int planned = 0, missing = 0;
        for (int r = 0; r < replications; r++) {
            for (int v = 0; v < variants.size(); v++) {
                if (!shard.includes(r * variants.size() + v)) continue;
                planned++;
                String id = RunIdentity.of("", variants.get(v), r, 0).runId();
                int[] counts = missingOfVariant.computeIfAbsent(variants.get(v), k -> new int[2]);
                counts[0]++;
                if (status.listed(id)) continue;
                missing++;
                counts[1]++;
                if (examples.size() < EXAMPLES) examples.add(id);
            }
        }
        // A hand-made experiment.json without a plan or a "complete" field tells nothing either way.
        boolean saysComplete = meta.path("complete").asBoolean(true);
        if (planned == 0 || missing == 0 && saysComplete) return Optional.empty();
        StringBuilder w = new StringBuilder("INCOMPLETE SWEEP: " + files.description() + " plans " + planned + " runs, ");
        w.append(missing == 0 ? "all listed, but the sweep did not record its end (complete: false)"
                : (planned - missing) + " finished; " + missing + " are missing (e.g. " + String.join(", ", examples) + ")");
        List<String> perVariant = new ArrayList<>();
        missingOfVariant.forEach((v, c) -> {
            if (c[1] > 0) perVariant.add(v + " " + c[1] + " of " + c[0]);
        });
        if (!perVariant.isEmpty()) w.append("; missing per variant: ").append(String.join(", ", perVariant));
        w.append(". The figures cover only the finished runs: resume the sweep (run its command again) before relying on them");
        return Optional.of(w.toString());
    }
}
