package parksim.observe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parksim.core.CalendarMonth;
import parksim.core.Fmt;
import parksim.core.Metric;
import parksim.policy.InstrumentCatalog;
import parksim.policy.InstrumentKind;
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
    /** Where each instrument's spend and each target's value go in a row (its "met" cell follows the value). */
    private final Map<String, Integer> spendColumn = new LinkedHashMap<>();
    private final Map<String, Integer> targetColumn = new HashMap<>();
    private static final Metric[] METRICS = Metric.values();

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
        for (InstrumentKind e : spendColumns(scenario)) {
            spendColumn.put(e.id(), header.size());
            header.add("spend_" + e.column() + "_cny");
        }
        for (TargetSpec t : scenario.targets()) {
            targetColumn.putIfAbsent(t.id(), header.size());
            header.add("target_" + t.id() + "_value");
            header.add("target_" + t.id() + "_met");
        }
    }

    /** Instruments paid from the budget: every built-in one, then any other a park of the scenario uses. */
    private static List<InstrumentKind> spendColumns(Scenario scenario) {
        Map<String, InstrumentKind> columns = new LinkedHashMap<>();
        for (InstrumentKind e : InstrumentCatalog.builtIns().all()) columns.put(e.id(), e);
        for (ParkSpec park : scenario.parks()) for (InstrumentKind e : park.policies().kinds()) columns.putIfAbsent(e.id(), e);
        return columns.values().stream().filter(InstrumentKind::paidFromBudget).toList();
    }

    public List<String> header() { return List.copyOf(header); }

    /** Calendar years with a December inside the run. */
    public List<Integer> years() { return List.copyOf(years); }

    List<String> row(RunIdentity id, String park, ParkHistory h, BudgetUse budget, List<TargetResult> results) {
        // Cells by position, not by name: every run writes a row per park, and a year-end sweep keeps little else.
        String[] cells = new String[header.size()];
        Arrays.fill(cells, "");
        int c = 0;
        cells[c++] = id.runId();
        cells[c++] = id.scenario();
        cells[c++] = id.variant();
        cells[c++] = Integer.toString(id.replicate());
        cells[c++] = Long.toString(id.seed());
        cells[c++] = park;
        ParkMonth last = h.last();
        cells[c++] = last == null ? "" : last.date().toString();
        for (Metric m : METRICS) {
            if (m.isFlow()) cells[c] = m.format(h.runFlow(m));
            else if (last != null) cells[c] = m.format(last.get(m));
            c++;
        }
        for (int y : years) {
            ParkMonth dec = h.yearEnd(y);
            for (Metric m : YEARLY_STOCKS) cells[c++] = dec == null ? "" : m.format(dec.get(m));
            for (Metric m : YEARLY_FLOWS) cells[c++] = m.format(h.yearFlow(y, m));
        }
        cells[c++] = Fmt.whole(budget.totalCny());
        cells[c++] = budget.outMonth() == null ? "" : budget.outMonth().toString();
        for (Map.Entry<String, Integer> spend : spendColumn.entrySet()) {
            cells[spend.getValue()] = Fmt.whole(budget.spentCny().getOrDefault(spend.getKey(), 0.0));
        }
        for (TargetResult r : results) {
            Integer at = targetColumn.get(r.target().id());
            if (at == null || !r.target().park().equals(park)) continue;
            cells[at] = r.reached() ? r.target().metric().format(r.value()) : "";
            cells[at + 1] = r.reached() ? (r.met() ? "1" : "0") : "";
        }
        return Arrays.asList(cells);
    }
}
