package parksim.experiment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which months of each run go to {@code timeseries.csv}: every month ({@code "month"}), every N
 * months from the start ({@code N}), or December of each year ({@code "year-end"}); the last month
 * of a run is always kept. Summaries and target checks see every month regardless.
 */
public record Recording(int everyMonths, boolean yearEnds) {
    public static final Recording MONTHLY = new Recording(1, false);

    public Recording {
        if (!yearEnds && everyMonths < 1) throw new IllegalArgumentException("everyMonths must be at least 1");
    }

    @JsonCreator
    public static Recording parse(JsonNode node) {
        if (node.isTextual() && (node.asText().equals("month") || node.asText().equals("monthly"))) return MONTHLY;
        if (node.isTextual() && (node.asText().equals("year-end") || node.asText().equals("yearly"))) return new Recording(0, true);
        if (node.isIntegralNumber() && node.asInt() >= 1) return new Recording(node.asInt(), false);
        throw new IllegalArgumentException("expected \"month\", \"year-end\" or a whole number of months >= 1, found " + node);
    }

    /** Whether month {@code index} (0 = start) of a run of {@code months} months is written. */
    public boolean keeps(int index, int calendarMonth, int months) {
        if (index == months - 1) return true;
        return yearEnds ? calendarMonth == 12 : (index + 1) % everyMonths == 0;
    }

    @JsonValue
    public Object json() {
        return yearEnds ? "year-end" : everyMonths == 1 ? "month" : (Object) everyMonths;
    }
}
