package parksim.sensitivity.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Three sentences of what a study's indices say: which input matters most and for how many outputs, which
 * come next, and how far replication noise lets the ranking be trusted. Rows come ranked per output.
 */
final class StudySummary {
    private StudySummary() {}

    static List<String> sentences(Map<String, List<StudyAnalysis.Row>> byOutput, boolean sobol) {
        int outputs = byOutput.size();
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, Integer> topThree = new LinkedHashMap<>();
        double lowNoise = Double.POSITIVE_INFINITY, highNoise = Double.NEGATIVE_INFINITY;
        for (List<StudyAnalysis.Row> rows : byOutput.values()) {
            first.merge(rows.get(0).input(), 1, Integer::sum);
            for (StudyAnalysis.Row r : rows.subList(0, Math.min(3, rows.size()))) topThree.merge(r.input(), 1, Integer::sum);
            double noise = rows.get(0).noiseShare();
            if (Double.isFinite(noise)) {
                lowNoise = Math.min(lowNoise, noise);
                highNoise = Math.max(highNoise, noise);
            }
        }
        String leader = mostFrequent(first, List.of()).get(0);
        List<String> sentences = new ArrayList<>();
        sentences.add(String.format(Locale.ROOT, "%s matters most: it ranks first %s%s.", capitalised(leader),
                outputs == 1 ? "for the one output" : "for " + first.get(leader) + " of the " + outputs + " outputs",
                sobol ? " by its total-order index ST" : " by mu*, its mean absolute effect over its range"));
        List<String> next = mostFrequent(topThree, List.of(leader)).stream().limit(3).toList();
        if (!next.isEmpty()) {
            sentences.add("Next come " + join(next) + ", which rank among the top three most often; the other inputs matter less.");
        }
        if (!Double.isFinite(lowNoise)) {
            sentences.add("Replication noise was not measured (one replicate per point), so small indices cannot be told from zero.");
        } else {
            String range = lowNoise == highNoise ? percent(lowNoise) : percent(lowNoise) + " to " + percent(highNoise);
            sentences.add("Replication noise makes up " + range + " of the variance of the point means; "
                    + (highNoise > 0.5 ? "where it is that large, inputs whose intervals overlap cannot be ranked apart, and more replications per point would sharpen the ranking."
                    : "the leading inputs stand clear of it."));
        }
        return sentences;
    }

    private static List<String> mostFrequent(Map<String, Integer> counts, List<String> except) {
        return counts.entrySet().stream().filter(e -> !except.contains(e.getKey()))
                .sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).collect(Collectors.toList());
    }

    private static String join(List<String> names) {
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }
}
