package parksim.observe;

import java.util.ArrayList;
import java.util.List;
import parksim.core.Metric;

/** The columns of {@code timeseries.csv}: one row per run × month × park. */
public final class TimeseriesTable {
    public static final List<String> HEADER;

    static {
        List<String> h = new ArrayList<>(List.of("run_id", "scenario", "variant", "replicate", "seed", "date", "park"));
        for (Metric m : Metric.values()) h.add(m.column());
        HEADER = List.copyOf(h);
    }

    private TimeseriesTable() {}

    public static List<String> row(RunIdentity id, ParkMonth month) {
        List<String> r = new ArrayList<>(HEADER.size());
        r.add(id.runId());
        r.add(id.scenario());
        r.add(id.variant());
        r.add(Integer.toString(id.replicate()));
        r.add(Long.toString(id.seed()));
        r.add(month.date().toString());
        r.add(month.park());
        for (Metric m : Metric.values()) r.add(m.format(month.get(m)));
        return r;
    }
}
