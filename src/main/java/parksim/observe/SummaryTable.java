package parksim.observe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parksim.core.CalendarMonth;
import parksim.core.Fmt;
import parksim.core.Metric;
import parksim.policy.Instruments;
import parksim.scenario.ParkSpec;
import parksim.scenario.Scenario;
import parksim.scenario.TargetSpec;

/**
 * The columns of {@code summary.csv} for a scenario: one row per run × park with the end-of-run
 * figures, each calendar year's figures (December stocks, the year's flows within the run), the
 * spend per instrument, and each target check.
 */
public final class SummaryTable {
    /** Stocks repeated for each year end. */
    public static final List<Metric> YEARLY_STOCKS = List.of(Metric.TENANTS_SIGNED_CUM, Metric.TENANTS_OPEN,
            Metric.OPERATING, Metric.EMPLOYMENT, Metric.INVESTMENT_CUM, Metric.CHAIN_COMPLETENESS, Metric.SPEND_CUM,
            Metric.LISTED, Metric.APPROPRIATION, Metric.CARRIED_OVER, Metric.SPEND_YEAR, Metric.COMMITTED, Metric.RESERVED,
            Metric.ARREARS);
    /** Flows summed over each calendar year. */
    public static final List<Metric> YEARLY_FLOWS = List.of(Metric.SIGNINGS, Metric.MOVE_INS, Metric.EXITS, Metric.OUTPUT,
            Metric.SPEND, Metric.TAX);
    public static final List<String> IDENTITY = List.of("run_id", "scenario", "variant", "replicate", "seed", "park", "end_date");

    private final List<String> header = new ArrayList<>();
    private final List<Integer> years = new ArrayList<>();
    private final List<TargetSpec> targets;

    public SummaryTable(Scenario scenario) {
        header.addAll(IDENTITY);
        for (Metric m : Metric.values()) header.add(m.isFlow() ? m.column() + "_total" : m.column());
        CalendarMonth end = scenario.end();
        for (int y = scenario.start().year(); y <= end.year(); y++) {
            if (y == end.year() && end.month() != 12) break;
            years.add(y);
            for (Metric m : YEARLY_STOCKS) header.add(m.column() + "_" + y);
            for (Metric m : YEARLY_FLOWS) header.add(m.column() + "_" + y);
        }
        header.add("budget_cny");
        header.add("budget_out_month");
        for (Instruments.Entry e : spendColumns(scenario)) header.add("spend_" + e.column() + "_cny");
        targets = scenario.targets();
        for (TargetSpec t : targets) {
            header.add("target_" + t.id() + "_value");
            header.add("target_" + t.id() + "_met");
        }
    }

    /** Instruments paid from the budget: every built-in one, and any other a park of the scenario uses. */
    private static List<Instruments.Entry> spendColumns(Scenario scenario) {
        List<Instruments.Entry> columns = new ArrayList<>();
        for (Instruments.Entry e : Instruments.all()) {
            if (!e.paidFromBudget()) continue;
            boolean used = scenario.parks().stream().map(ParkSpec::policies).anyMatch(p -> p.get(e.id()) != null);
            if (e.builtIn() || used) columns.add(e);
        }
        return columns;
    }

    public List<String> header() { return List.copyOf(header); }

    /** Calendar years with a December inside the run. */
    public List<Integer> years() { return List.copyOf(years); }

    List<String> row(RunIdentity id, String park, ParkHistory h, BudgetUse budget, List<TargetResult> results) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("run_id", id.runId());
        cells.put("scenario", id.scenario());
        cells.put("variant", id.variant());
        cells.put("replicate", Integer.toString(id.replicate()));
        cells.put("seed", Long.toString(id.seed()));
        cells.put("park", park);
        ParkMonth last = h.last();
        cells.put("end_date", last == null ? "" : last.date().toString());
        for (Metric m : Metric.values()) {
            if (m.isFlow()) cells.put(m.column() + "_total", m.format(h.runFlow(m)));
            else cells.put(m.column(), last == null ? "" : m.format(last.get(m)));
        }
        for (int y : years) {
            ParkMonth dec = h.yearEnd(y);
            for (Metric m : YEARLY_STOCKS) cells.put(m.column() + "_" + y, dec == null ? "" : m.format(dec.get(m)));
            for (Metric m : YEARLY_FLOWS) cells.put(m.column() + "_" + y, m.format(h.yearFlow(y, m)));
        }
        cells.put("budget_cny", Fmt.whole(budget.totalCny()));
        cells.put("budget_out_month", budget.outMonth() == null ? "" : budget.outMonth().toString());
        for (Instruments.Entry e : Instruments.all()) {
            Double spent = budget.spentCny().get(e.id());
            if (spent != null) cells.put("spend_" + e.column() + "_cny", Fmt.whole(spent));
        }
        for (TargetResult r : results) {
            if (!r.target().park().equals(park)) continue;
            cells.put("target_" + r.target().id() + "_value", r.reached() ? r.target().metric().format(r.value()) : "");
            cells.put("target_" + r.target().id() + "_met", r.reached() ? (r.met() ? "1" : "0") : "");
        }
        List<String> row = new ArrayList<>(header.size());
        for (String column : header) row.add(cells.getOrDefault(column, ""));
        return row;
    }
}
