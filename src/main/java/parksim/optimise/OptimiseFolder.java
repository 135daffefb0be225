package parksim.optimise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import parksim.core.InputException;
import parksim.core.Version;
import parksim.results.Shard;
import parksim.scenario.StrictJson;

/**
 * An optimisation's result folder: {@code optimise.json} says which optimisation (its fingerprint) and how many shards
 * it runs in, so that the same command resumes it and anything else is refused before a file changes. A folder
 * without it must be new or empty.
 */
public final class OptimiseFolder {
    public static final String STATE = "optimise.json";

    private OptimiseFolder() {}

    /** Checks that {@code dir} is new, empty or this optimisation's in the same number of shards, and records it. */
    public static void open(Path dir, OptimiseProblem p, Shard shard) {
        Path state = dir.resolve(STATE);
        try {
            if (Files.exists(state)) {
                checkResumable(state, p, shard);
                return;
            }
            if (Files.isDirectory(dir)) {
                try (var files = Files.list(dir)) {
                    // Another shard starting at the same moment may be writing its state: its state and temporary file are ours too.
                    Path other = files.filter(f -> !ownFile(f.getFileName().toString())).findFirst().orElse(null);
                    if (other != null) {
                        throw new InputException(dir.toString(), "--out", "an empty or new folder, or one of an earlier optimisation (with " + STATE + ")",
                                "a folder with other files in it (" + other.getFileName() + " ...); nothing was changed");
                    }
                }
            }
            if (Files.exists(state)) { // written by another shard since the first look
                checkResumable(state, p, shard);
                return;
            }
            Files.createDirectories(dir);
            write(dir, p, shard, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkResumable(Path state, OptimiseProblem p, Shard shard) {
        JsonNode old = StrictJson.readTree(state);
        if (!old.path("fingerprint").asText().equals(p.fingerprint())) {
            throw new InputException(state.toString(), "fingerprint", "an optimisation of " + p.file() + " (fingerprint " + p.fingerprint()
                    + ") to resume", "another optimisation (" + old.path("fingerprint").asText() + ", " + old.path("file").asText() + "); use another --out folder");
        }
        if (old.path("shards").asInt() != shard.n()) {
            throw new InputException(state.toString(), "shards", "the same number of shards it was started with, " + old.path("shards").asInt(),
                    Integer.toString(shard.n()));
        }
    }

    private static boolean ownFile(String name) {
        return name.startsWith(".") || name.equals(Batches.FOLDER) || name.startsWith(STATE);
    }

    /** Records the state; {@code finished} once the result files are written. */
    public static void write(Path dir, OptimiseProblem p, Shard shard, boolean finished) {
        ObjectNode root = StrictJson.mapper().createObjectNode();
        root.put("program", "parksim");
        root.put("version", Version.get());
        root.put("fingerprint", p.fingerprint());
        root.put("file", p.file().toString());
        root.put("shards", shard.n());
        root.put("finished", finished);
        root.put("updated", Instant.now().toString());
        Path tmp = dir.resolve(STATE + ".tmp-" + shard.k());
        try {
            StrictJson.mapper().writeValue(tmp.toFile(), root);
            Files.move(tmp, dir.resolve(STATE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
