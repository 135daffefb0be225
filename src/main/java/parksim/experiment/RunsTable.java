package parksim.experiment;

import java.util.ArrayList;
import java.util.List;
import parksim.core.Metric;
import parksim.observe.ParkMonth;
import parksim.observe.TargetResult;
import parksim.scenario.ParkSpec;
import parksim.scenario.Scenario;
import parksim.scenario.TargetSpec;

/**
 * The columns of a sweep's {@code runs.csv}: one row per run with its identity, status, cost, the value
 * of every factor path, the parameters drawn from a posterior (if any), each park's end-of-run headline figures and each target check.
 */
public final class RunsTable {
    public static final List<Metric> HEADLINE = List.of(Metric.TENANTS_SIGNED_CUM, Metric.TENANTS_OPEN, Metric.OPERATING,
            Metric.OUTPUT_12M, Metric.EMPLOYMENT, Metric.INVESTMENT_CUM, Metric.CHAIN_COMPLETENESS, Metric.SPEND_CUM, Metric.LISTED);
    public static final List<String> IDENTITY = List.of("run_id", "scenario", "variant", "replicate", "seed", "status", "error",
            "wall_ms", "firm_months");

    private final List<String> header = new ArrayList<>(IDENTITY);
    private final List<String> factorPaths;
    private final List<String> parks;
    private final List<TargetSpec> targets;
    private final ReplicateDraws draws;

    public RunsTable(Experiment e) {
        draws = e.draws();
        Scenario base = e.base().scenario();
        factorPaths = e.factorPaths();
        parks = base.parks().stream().map(ParkSpec::id).toList();
        targets = base.targets();
        header.addAll(factorPaths);
        header.addAll(draws.columns());
        for (String park : parks) for (Metric m : HEADLINE) header.add(column(park, m));
        for (TargetSpec t : targets) {
            header.add("target_" + t.id() + "_value");
            header.add("target_" + t.id() + "_met");
        }
    }

    private String column(String park, Metric m) {
        return parks.size() == 1 ? m.column() : park + ":" + m.column();
    }

    public List<String> header() { return List.copyOf(header); }

    /** A finished run's row; {@code result} is null when the run failed with {@code error}. */
    List<String> row(Experiment.PlannedRun run, RunResult result, String error, long wallMillis) {
        List<String> r = new ArrayList<>(header.size());
        r.add(run.runId());
        r.add(run.variant().scenario().name());
        r.add(run.variant().name());
        r.add(Integer.toString(run.replicate()));
        r.add(Long.toString(run.seed()));
        r.add(result == null ? "failed" : "ok");
        r.add(error == null ? "" : error);
        r.add(Long.toString(wallMillis));
        r.add(result == null ? "" : Long.toString(result.firmMonths()));
        for (String path : factorPaths) r.add(run.variant().factorValues().get(path));
        r.addAll(draws.values(run.seed()));
        for (String park : parks) {
            ParkMonth last = result == null ? null : result.lastMonths().stream().filter(m -> m.park().equals(park)).findFirst().orElse(null);
            for (Metric m : HEADLINE) r.add(last == null ? "" : m.format(last.get(m)));
        }
        for (TargetSpec t : targets) {
            TargetResult tr = result == null ? null
                    : result.targets().stream().filter(x -> x.target().id().equals(t.id())).findFirst().orElse(null);
            boolean known = tr != null && tr.reached();
            r.add(known ? t.metric().format(tr.value()) : "");
            r.add(known ? (tr.met() ? "1" : "0") : "");
        }
        return r;
    }
}
