package parksim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parksim.core.CalendarMonth;
import parksim.core.InputException;
import parksim.core.Metric;
import parksim.core.Segment;
import parksim.model.Stage;
import parksim.results.CsvInput;
import parksim.scenario.StrictJson;

/**
 * The accounting identities a result folder must satisfy, checked from its files alone
 * ({@code timeseries.csv}, {@code summary.csv}, {@code firms.csv}): counts and flows against the
 * firms' stage dates, money against the budget, output against capacity, floor against buildings,
 * the summary against the time series. Each broken identity is reported with its file and line.
 *
 * <p>Recording every month is needed ({@code run} always does; a sweep with {@code "record": "month"}).
 */
public final class ResultChecks {
    /** Rounding of whole-yuan and whole-m² cells, per firm summed. */
    private static final double ROUND = 1.0;

    private final List<String> problems = new ArrayList<>();
    private final Map<String, List<FirmRecord>> firmsByRunPark = new HashMap<>();
    private final Map<String, List<MonthRow>> monthsByRunPark = new LinkedHashMap<>();
    private int identitiesChecked;
    /** Whether timeseries.csv holds every month from the start (run; a sweep recording "month"), or some months only. */
    private boolean everyMonth = true;

    private ResultChecks() {}

    /** Checks a result folder; returns the problems found (empty when every identity holds). */
    public static ResultChecks of(Path folder) {
        ResultChecks c = new ResultChecks();
        for (String name : List.of("timeseries.csv", "summary.csv", "firms.csv")) {
            if (!Files.isRegularFile(folder.resolve(name))) throw new InputException(folder.resolve(name).toString(), "no such file");
        }
        c.everyMonth = everyMonth(folder);
        c.readFirms(folder.resolve("firms.csv"));
        c.readMonths(folder.resolve("timeseries.csv"));
        c.checkMonths(folder.resolve("timeseries.csv").toString());
        c.checkFirms(folder.resolve("firms.csv").toString());
        c.checkSummary(folder.resolve("summary.csv"));
        return c;
    }

    /** A sweep folder says in experiment.json which months it recorded; a run folder records every month. */
    private static boolean everyMonth(Path folder) {
        Path meta = folder.resolve("experiment.json");
        if (!Files.isRegularFile(meta)) return true;
        JsonNode recording = StrictJson.readTree(meta).path("recording");
        if (recording.isMissingNode() || recording.asText().equals("month") || recording.asText().equals("1")) return true;
        if (recording.isTextual() && recording.asText().equals("year-end") || recording.isIntegralNumber() && recording.asInt() > 1) return false;
        throw new InputException(meta.toString(), "recording", "\"month\", \"year-end\" or a whole number of months >= 1", recording.toString());
    }

    public List<String> problems() { return List.copyOf(problems); }

    /** How many (run, park) series were checked. */
    public int series() { return monthsByRunPark.size(); }

    public int identitiesChecked() { return identitiesChecked; }

    // ---- reading ------------------------------------------------------------------------------

    private record FirmRecord(String park, String segment, double investment, double realised, double floor, double capacity, int employees,
                              Map<Stage, CalendarMonth> dates, CalendarMonth listed, Stage finalStage, double output12m, double promised, long line) {
        /** The firm's stage at the end of {@code month}: the latest stage entered by then (later stages win ties). */
        Stage stageAt(CalendarMonth month) {
            Stage at = null;
            CalendarMonth when = null;
            for (Map.Entry<Stage, CalendarMonth> e : dates.entrySet()) {
                CalendarMonth d = e.getValue();
                if (d.isAfter(month)) continue;
                if (when == null || d.isAfter(when) || d.equals(when) && e.getKey().ordinal() > at.ordinal()) {
                    at = e.getKey();
                    when = d;
                }
            }
            return at;
        }

        boolean enteredIn(Stage s, CalendarMonth month) { return month.equals(dates.get(s)); }
    }

    private record MonthRow(CalendarMonth date, double[] values, long line) {
        double get(Metric m) { return values[m.ordinal()]; }
    }

    private static final List<Stage> DATED = List.of(Stage.NEGOTIATING, Stage.SIGNED, Stage.FITTING_OUT, Stage.TRIAL,
            Stage.OPERATING, Stage.DECLINED, Stage.WITHDRAWN, Stage.EXITED);

    private void readFirms(Path file) {
        try (CsvInput in = CsvInput.open(file)) {
            int run = in.column("run_id", "each firm's run"), park = in.column("park", "each firm's park");
            int segment = in.column("segment", "each firm's segment"), inv = in.column("investment_cny", "investment");
            int realised = in.column("investment_realised_cny", "realised investment");
            int floor = in.column("floor_m2", "floor"), cap = in.column("capacity_cny", "capacity");
            int emp = in.column("employees", "jobs"), out = in.column("output_last_12m_cny", "output");
            int listed = in.column("listed", "listing");
            int finalStage = in.column("final_stage", "each firm's stage at the end of the run");
            int promised = in.column("promised_cny", "the expected cost of each firm's offer");
            Map<Stage, Integer> stageColumns = new EnumMap<>(Stage.class);
            for (Stage s : DATED) stageColumns.put(s, in.column(s.id(), "stage dates"));
            for (CsvInput.Row r : in) {
                Map<Stage, CalendarMonth> dates = new EnumMap<>(Stage.class);
                for (Map.Entry<Stage, Integer> e : stageColumns.entrySet()) {
                    if (!r.raw(e.getValue()).isEmpty()) dates.put(e.getKey(), r.month(e.getValue()));
                }
                FirmRecord f = new FirmRecord(r.text(park), r.text(segment), r.number(inv), r.number(realised), r.number(floor), r.number(cap),
                        (int) r.whole(emp), dates, r.raw(listed).isEmpty() ? null : r.month(listed), stage(r, finalStage), r.number(out),
                        r.number(promised), r.line());
                firmsByRunPark.computeIfAbsent(r.text(run) + "/" + f.park(), k -> new ArrayList<>()).add(f);
            }
        }
    }

    private static Stage stage(CsvInput.Row r, int column) {
        String id = r.raw(column);
        for (Stage s : Stage.values()) if (s.id().equals(id)) return s;
        throw r.bad(column, "one of the stages " + java.util.Arrays.stream(Stage.values()).map(Stage::id).toList(), r.found(id));
    }

    private void readMonths(Path file) {
        try (CsvInput in = CsvInput.open(file)) {
            int run = in.column("run_id", "each row's run"), park = in.column("park", "each row's park");
            int date = in.column("date", "each row's month");
            int[] columns = new int[Metric.COUNT];
            for (Metric m : Metric.values()) columns[m.ordinal()] = in.column(m.column(), "the accounting identities");
            for (CsvInput.Row r : in) {
                double[] v = new double[Metric.COUNT];
                for (Metric m : Metric.values()) v[m.ordinal()] = r.number(columns[m.ordinal()]);
                monthsByRunPark.computeIfAbsent(r.text(run) + "/" + r.text(park), k -> new ArrayList<>())
                        .add(new MonthRow(r.month(date), v, r.line()));
            }
        }
    }

    // ---- the identities -------------------------------------------------------------------------

    private void checkMonths(String file) {
        for (Map.Entry<String, List<MonthRow>> e : monthsByRunPark.entrySet()) {
            List<FirmRecord> firms = firmsByRunPark.getOrDefault(e.getKey(), List.of());
            List<MonthRow> rows = e.getValue();
            double spendSum = 0;
            double taxRate = Double.NaN;
            for (int i = 0; i < rows.size(); i++) {
                MonthRow row = rows.get(i);
                String at = file + ":" + row.line() + " (" + e.getKey() + ", " + row.date() + "): ";
                if (Double.isNaN(taxRate) && row.get(Metric.OUTPUT) > 1e7) taxRate = row.get(Metric.TAX) / row.get(Metric.OUTPUT);
                if (!Double.isNaN(taxRate)) {
                    expect(at + "tax_cny = the tax rate x output_cny", taxRate * row.get(Metric.OUTPUT), row.get(Metric.TAX),
                            ROUND * (1 + firms.size()) + 1e-6 * row.get(Metric.OUTPUT));
                }
                checkStagesAndFlows(at, row, firms);
                checkStocks(at, row, firms);
                if (i > 0 && consecutive(rows, i - 1, i)) {
                    expect(at + "investment_realised_cum_cny = last month's + investment_realised_cny",
                            rows.get(i - 1).get(Metric.INVESTMENT_REALISED_CUM) + row.get(Metric.INVESTMENT_REALISED),
                            row.get(Metric.INVESTMENT_REALISED_CUM), ROUND * 3);
                }
                spendSum += row.get(Metric.SPEND);
                if (everyMonth) {
                    expect(at + "spend_cum_cny = sum of spend_cny", spendSum, row.get(Metric.SPEND_CUM), ROUND * (i + 1));
                } else {
                    // Months between recorded rows are missing: the cumulative spend grows by at least the month's spend.
                    double before = i == 0 ? 0 : rows.get(i - 1).get(Metric.SPEND_CUM);
                    atMost(at + "spend_cum_cny >= the previous recorded row's + spend_cny", before + row.get(Metric.SPEND), row.get(Metric.SPEND_CUM) + ROUND);
                }
                if (everyMonth) checkYear(at, rows, i); // a year's spend needs all of its months
                checkPromises(at, row, firms);
                if (i >= 11 && consecutive(rows, i - 11, i)) {
                    double last12 = 0;
                    for (int k = i - 11; k <= i; k++) last12 += rows.get(k).get(Metric.OUTPUT);
                    expect(at + "output_12m_cny = sum of the last 12 months' output_cny", last12, row.get(Metric.OUTPUT_12M), ROUND * 12);
                } else if (!everyMonth) {
                    atMost(at + "output_12m_cny >= output_cny", row.get(Metric.OUTPUT), row.get(Metric.OUTPUT_12M) + ROUND);
                }
            }
            checkRealisedAtEnd(file, e.getKey(), rows.get(rows.size() - 1), firms);
        }
    }

    /** At the last month, what the firms of firms.csv (their state at the end) have put in. */
    private void checkRealisedAtEnd(String file, String runPark, MonthRow last, List<FirmRecord> firms) {
        double realised = 0;
        for (FirmRecord f : firms) realised += f.realised();
        expect(file + ":" + last.line() + " (" + runPark + ", " + last.date() + "): investment_realised_cum_cny = sum of the firms' investment_realised_cny",
                realised, last.get(Metric.INVESTMENT_REALISED_CUM), ROUND * (1 + firms.size()));
    }

    private static boolean consecutive(List<MonthRow> rows, int from, int to) {
        for (int k = from + 1; k <= to; k++) if (!rows.get(k).date().equals(rows.get(k - 1).date().plus(1))) return false;
        return true;
    }

    /**
     * The year's money: spend_year_cny is the year's spend_cny so far and never more than the year's
     * appropriation plus what was carried into it; what is carried into a January is what the last
     * December left, or nothing (money lapses).
     */
    private void checkYear(String at, List<MonthRow> rows, int i) {
        MonthRow row = rows.get(i);
        double yearSpend = 0;
        for (int k = i; k >= 0 && rows.get(k).date().year() == row.date().year(); k--) yearSpend += rows.get(k).get(Metric.SPEND);
        expect(at + "spend_year_cny = sum of this calendar year's spend_cny", yearSpend, row.get(Metric.SPEND_YEAR), ROUND * 12);
        atMost(at + "spend_year_cny <= appropriation_cny + carried_over_cny", row.get(Metric.SPEND_YEAR),
                row.get(Metric.APPROPRIATION) + row.get(Metric.CARRIED_OVER) + ROUND);
        if (i > 0 && row.date().month() == 1) {
            MonthRow dec = rows.get(i - 1);
            double left = dec.get(Metric.APPROPRIATION) + dec.get(Metric.CARRIED_OVER) - dec.get(Metric.SPEND_YEAR);
            double carried = row.get(Metric.CARRIED_OVER);
            identitiesChecked++;
            if (carried > ROUND && Math.abs(carried - left) > 2 * ROUND) {
                problems.add(at + "carried_over_cny = what December left (" + left + ") or 0 (money lapses): found " + carried);
            }
        }
    }

    /** Arrears are what fell due and was not paid; reserved is the expected cost of the offers under negotiation. */
    private void checkPromises(String at, MonthRow row, List<FirmRecord> firms) {
        expect(at + "arrears_cny = due_cum_cny - paid_on_due_cum_cny", row.get(Metric.DUE_CUM) - row.get(Metric.PAID_ON_DUE_CUM),
                row.get(Metric.ARREARS), 3 * ROUND);
        atMost(at + "paid_on_due_cum_cny <= spend_cum_cny", row.get(Metric.PAID_ON_DUE_CUM), row.get(Metric.SPEND_CUM) + 2 * ROUND);
        double reserved = 0;
        int negotiating = 0;
        for (FirmRecord f : firms) {
            if (f.stageAt(row.date()) == Stage.NEGOTIATING) {
                reserved += f.promised();
                negotiating++;
            }
        }
        expect(at + "reserved_cny = promised_cny of the firms negotiating", reserved, row.get(Metric.RESERVED), ROUND * (1 + negotiating));
    }

    private void checkStagesAndFlows(String at, MonthRow row, List<FirmRecord> firms) {
        int[] inStage = new int[Stage.COUNT];
        int signings = 0, moveIns = 0, withdrawals = 0, exits = 0, contacts = 0;
        for (FirmRecord f : firms) {
            Stage s = f.stageAt(row.date());
            if (s != null) inStage[s.ordinal()]++;
            if (f.enteredIn(Stage.NEGOTIATING, row.date())) contacts++;
            if (f.enteredIn(Stage.SIGNED, row.date())) signings++;
            if (f.enteredIn(Stage.FITTING_OUT, row.date())) moveIns++;
            if (f.enteredIn(Stage.WITHDRAWN, row.date())) withdrawals++;
            if (f.enteredIn(Stage.EXITED, row.date())) exits++;
        }
        Metric[] stocks = {Metric.NEGOTIATING, Metric.SIGNED, Metric.FITTING_OUT, Metric.TRIAL, Metric.OPERATING,
                Metric.DECLINED, Metric.WITHDRAWN, Metric.EXITED};
        for (Metric m : stocks) {
            expect(at + m.column() + " = firms in that stage by their dates in firms.csv",
                    inStage[Stage.valueOf(m.name()).ordinal()], row.get(m), 0);
        }
        expect(at + "contacts = firms that began negotiating that month", contacts, row.get(Metric.CONTACTS), 0);
        expect(at + "signings = firms that signed that month", signings, row.get(Metric.SIGNINGS), 0);
        expect(at + "move_ins = firms that moved in that month", moveIns, row.get(Metric.MOVE_INS), 0);
        expect(at + "withdrawals = firms that withdrew that month", withdrawals, row.get(Metric.WITHDRAWALS), 0);
        expect(at + "exits = firms that exited that month", exits, row.get(Metric.EXITS), 0);
        expect(at + "tenants_open = trial + operating", row.get(Metric.TRIAL) + row.get(Metric.OPERATING), row.get(Metric.TENANTS_OPEN), 0);
    }

    private void checkStocks(String at, MonthRow row, List<FirmRecord> firms) {
        int signedCum = 0, employment = 0, listed = 0;
        double investment = 0, occupied = 0;
        boolean[] operatingCore = new boolean[Segment.COUNT];
        for (FirmRecord f : firms) {
            CalendarMonth signed = f.dates().get(Stage.SIGNED);
            if (signed != null && !signed.isAfter(row.date())) {
                signedCum++;
                investment += f.investment();
            }
            Stage s = f.stageAt(row.date());
            if (s != null && s.isOpen()) employment += f.employees();
            if (s != null && s.occupiesFloor()) occupied += f.floor();
            if (s == Stage.OPERATING) operatingCore[segmentIndex(f.segment())] = true;
            if (f.listed() != null && !f.listed().isAfter(row.date())) listed++;
        }
        expect(at + "tenants_signed_cum = firms ever signed", signedCum, row.get(Metric.TENANTS_SIGNED_CUM), 0);
        expect(at + "investment_cum_cny = sum over signed firms", investment, row.get(Metric.INVESTMENT_CUM), ROUND * firms.size());
        expect(at + "employment = jobs of open firms", employment, row.get(Metric.EMPLOYMENT), 0);
        expect(at + "occupied_m2 = floor of firms moved in", occupied, row.get(Metric.OCCUPIED_M2), ROUND * firms.size());
        atMost(at + "occupied_m2 <= lettable_m2", row.get(Metric.OCCUPIED_M2), row.get(Metric.LETTABLE_M2));
        atMost(at + "lettable_m2 <= floor_total_m2", row.get(Metric.LETTABLE_M2), row.get(Metric.FLOOR_TOTAL) + ROUND);
        if (row.get(Metric.FLOOR_LIMIT) > 0) {
            atMost(at + "floor_total_m2 <= floor_limit_m2 (land x plot ratio)", row.get(Metric.FLOOR_TOTAL), row.get(Metric.FLOOR_LIMIT) + ROUND);
        }
        atMost(at + "construction_spend_cum_cny <= construction_budget_cny", row.get(Metric.CONSTRUCTION_SPEND_CUM),
                row.get(Metric.CONSTRUCTION_BUDGET) + ROUND);
        int covered = 0;
        for (Segment seg : Segment.core()) if (operatingCore[seg.ordinal()]) covered++;
        expect(at + "chain_completeness = core segments with an operating firm", covered / (double) Segment.core().size(),
                row.get(Metric.CHAIN_COMPLETENESS), 1e-4);
        expect(at + "listed = firms listed by then", listed, row.get(Metric.LISTED), 0);
        atMost(at + "listed <= operating + exited", row.get(Metric.LISTED), row.get(Metric.OPERATING) + row.get(Metric.EXITED));
    }

    private static int segmentIndex(String id) {
        for (Segment s : Segment.values()) if (s.id().equals(id)) return s.ordinal();
        return 0;
    }

    private void checkFirms(String file) {
        for (Map.Entry<String, List<FirmRecord>> e : firmsByRunPark.entrySet()) {
            List<MonthRow> months = monthsByRunPark.get(e.getKey());
            for (FirmRecord f : e.getValue()) {
                if (months != null) {
                    CalendarMonth end = months.get(months.size() - 1).date();
                    Stage byDates = f.stageAt(end);
                    identitiesChecked++;
                    if (byDates != null && byDates != f.finalStage()) {
                        problems.add(file + ":" + f.line() + " (" + e.getKey() + "): final_stage = the stage by its dates at " + end
                                + ": expected " + byDates.id() + ", found " + f.finalStage().id());
                    }
                }
                atMost(file + ":" + f.line() + " (" + e.getKey() + "): a firm's output over 12 months <= its capacity",
                        f.output12m(), f.capacity() + ROUND);
                atMost(file + ":" + f.line() + " (" + e.getKey() + "): a firm's realised investment <= its announced investment",
                        f.realised(), f.investment() + ROUND);
            }
        }
    }

    private void checkSummary(Path path) {
        String file = path.toString();
        try (CsvInput in = CsvInput.open(path)) {
            int run = in.column("run_id", "each row's run"), park = in.column("park", "each row's park");
            Integer budget = in.has("budget_cny") ? in.column("budget_cny", "the budget") : null;
            for (CsvInput.Row r : in) {
                String key = r.text(run) + "/" + r.text(park);
                List<MonthRow> rows = monthsByRunPark.get(key);
                String at = file + ":" + r.line() + " (" + key + "): ";
                if (rows == null) {
                    problems.add(at + "a summary row without time-series rows");
                    continue;
                }
                MonthRow last = rows.get(rows.size() - 1);
                for (Metric m : Metric.values()) {
                    String column = m.isFlow() ? m.column() + "_total" : m.column();
                    if (!in.has(column) || m.isFlow() && !everyMonth) continue; // flows summed over every month, which a sparse record lacks
                    double expected = m.isFlow() ? rows.stream().mapToDouble(x -> x.get(m)).sum() : last.get(m);
                    expect(at + column + " = timeseries.csv " + (m.isFlow() ? "summed" : "at " + last.date()), expected,
                            r.number(in.column(column, "")), m.isFlow() ? ROUND * rows.size() : 1e-4 + (m.unit() == Metric.Unit.SHARE ? 0 : 0.5));
                }
                if (budget != null) {
                    double total = r.number(budget);
                    for (MonthRow row : rows) {
                        atMost(at + "spend_cum_cny <= budget_cny in " + row.date(), row.get(Metric.SPEND_CUM), total + ROUND);
                    }
                }
            }
        }
    }

    private void expect(String what, double expected, double found, double tolerance) {
        identitiesChecked++;
        if (Math.abs(expected - found) > tolerance + 1e-9) problems.add(what + ": expected " + expected + ", found " + found);
    }

    private void atMost(String what, double value, double limit) {
        identitiesChecked++;
        if (value > limit + 1e-9) problems.add(what + ": " + value + " > " + limit);
    }
}
