package parksim.core;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The names nearest a mistyped one ("rnu" → run, "tenants_opne" → tenants_open), for "did you
 * mean" hints: those at the smallest edit distance, if it is small for the word's length.
 */
public final class Nearest {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Nearest() {}

    /** The candidates at the smallest edit distance from {@code word}, at most a third of its length (at least 2); empty if none is near. */
    public static List<String> to(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 3);
        int best = Integer.MAX_VALUE;
        for (String c : candidates) best = Math.min(best, DISTANCE.apply(w, c.toLowerCase(Locale.ROOT)));
        if (best > limit) return List.of();
        int min = best;
        return candidates.stream().filter(c -> DISTANCE.apply(w, c.toLowerCase(Locale.ROOT)) == min).sorted().toList();
    }

    /** " (did you mean x?)" or " (did you mean x or y?)", or empty when nothing is near. */
    public static String hint(String word, Collection<String> candidates) {
        List<String> near = to(word, candidates);
        return near.isEmpty() ? "" : " (did you mean " + String.join(" or ", near) + "?)";
    }
}
