package parksim.gui;

import java.util.stream.Collectors;
import parksim.policy.Instrument;
import parksim.policy.Policies;

/** A park's policy package in one line, for its inspector. */
final class PolicySummary {
    private PolicySummary() {}

    static String of(Policies p) {
        String s = p.instruments().values().stream().map(Instrument::describe).collect(Collectors.joining("; "));
        return s.isEmpty() ? "none" : s;
    }
}
