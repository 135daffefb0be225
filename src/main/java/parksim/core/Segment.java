package parksim.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Value-chain segments of the cell industry (figure Y10): five core segments from storage to
 * therapy, and three side lines.
 */
public enum Segment {
    @JsonProperty("storage") STORAGE(true),
    @JsonProperty("research") RESEARCH(true),
    @JsonProperty("production") PRODUCTION(true),
    @JsonProperty("preparation") PREPARATION(true),
    @JsonProperty("therapy") THERAPY(true),
    @JsonProperty("consumables") CONSUMABLES(false),
    @JsonProperty("derivatives") DERIVATIVES(false),
    @JsonProperty("services") SERVICES(false);

    public static final int COUNT = values().length;
    private static final List<Segment> CORE = Arrays.stream(values()).filter(Segment::isCore).toList();

    private final boolean core;

    Segment(boolean core) { this.core = core; }

    /** Core segments make up chain completeness; side lines only add complementarity. */
    public boolean isCore() { return core; }

    public static List<Segment> core() { return CORE; }

    /** The name used in scenario files and CSVs. */
    public String id() { return name().toLowerCase(Locale.ROOT); }
}
