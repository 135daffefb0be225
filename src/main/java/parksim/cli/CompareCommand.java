package parksim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import parksim.core.CalendarMonth;
import parksim.core.InputException;
import parksim.core.Metric;
import parksim.core.Nearest;
import parksim.report.ComparisonReport;
import parksim.results.ExcelCopies;
import parksim.report.ComparisonTable;
import parksim.results.OutputTarget;
import parksim.report.PlainSummary;
import parksim.results.ResultDirectory;
import parksim.results.ResultSet;
import parksim.report.TerminalTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parksim compare}: compares the results of policy variants, each difference with its uncertainty. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares policy variants: each one's difference from the baseline with its uncertainty, a verdict and a ranking.",
                "It reads run folders, sweep folders or timeseries.csv files and reports "
                + "each variant's metrics with 95%% CIs, its difference from the baseline and from every other variant with CI, "
                + "paired or unpaired tests with Holm's correction over the outcomes, effect sizes, target probabilities and "
                + "cost-effectiveness with Fieller CIs; a verdict and a ranking; who a package induced and who would have come "
                + "anyway (from firms.csv); budget use; Shapley shares of a sweep --shapley folder.",
                "Writes comparison.csv, ranking.csv, targets.csv, additionality.csv, budget.csv, shapley.csv, report.html and "
                + "the charts as PNG files."})
public final class CompareCommand implements Callable<Integer> {
    /** The headline metrics: compared by default, and shown in the terminal table. */
    public static final List<Metric> HEADLINE = List.of(Metric.TENANTS_SIGNED_CUM, Metric.TENANTS_OPEN, Metric.OUTPUT_12M,
            Metric.EMPLOYMENT, Metric.CHAIN_COMPLETENESS, Metric.SPEND_CUM);

    @Parameters(arity = "1..*", paramLabel = "RESULTS", description = "result folders of run or sweep, or timeseries.csv files")
    List<Path> results;

    @Option(names = "--baseline", paramLabel = "VARIANT",
            description = "the variant the others are compared with (default: one named base or baseline, else the first given)")
    String baseline;

    @Option(names = "--metrics", split = ",", paramLabel = "METRIC",
            description = "timeseries.csv columns to compare (default: tenants_signed_cum, tenants_open, output_12m_cny, employment, "
                    + "chain_completeness, spend_cum_cny)")
    List<String> metrics;

    @Option(names = "--at", split = ",", paramLabel = "YYYY-MM", description = "months to compare at (default: the last month all variants have)")
    List<String> at;

    @Option(names = "--park", paramLabel = "ID", description = "compare only this park")
    String park;

    @Option(names = "--label", split = ",", paramLabel = "NAME", description = "a name for each RESULTS argument, in order")
    List<String> labels;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: a new folder results/comparison)")
    Path out;

    @Option(names = "--outcome", paramLabel = "METRIC",
            description = "the outcome the verdict ranks variants on (default: the first of tenants_signed_cum, tenants_open, "
                    + "output_12m_cny, employment compared, else the first metric that is not a cost)")
    String outcome;

    @Option(names = "--excel", description = "also write excel/*.csv: the same tables with a UTF-8 byte-order mark, so that Excel shows ¥ and Chinese names")
    boolean excel;

    @Mixin
    ForceOption forceOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Metric> chosen;
        Metric lead;
        List<CalendarMonth> dates = new ArrayList<>();
        try {
            chosen = chooseMetrics();
            lead = chooseOutcome(chosen);
            for (String d : at == null ? List.<String>of() : at) dates.add(parseMonth(d));
            checkLabels();
        } catch (IllegalArgumentException e) {
            err.println("parksim: " + e.getMessage());
            return ParkSimCommand.BAD_INPUT;
        }

        Path target = out != null ? out : ResultDirectory.fresh(Path.of("results"), "comparison");
        boolean replace = OutputTarget.check(target, forceOption.force, results);
        ResultSet set = ResultSet.read(results, labels == null ? List.of() : labels, chosen, park);
        String base = baseline != null ? baseline : defaultBaseline(allNames(set));
        String refusal = refusal(set, base);
        if (refusal != null) {
            err.println("parksim: " + refusal);
            return ParkSimCommand.BAD_INPUT;
        }
        List<CalendarMonth> months = set.months(dates);
        ComparisonTable table = ComparisonTable.of(set, base, chosen, months);
        ComparisonReport report = ComparisonReport.of(set, table, lead, commandLine());

        try (ResultDirectory dir = ResultDirectory.create(target, replace)) {
            report.write(dir::file);
            if (excel) ExcelCopies.write(dir.file("comparison.csv").getParent());
            dir.commit();
        } catch (IOException e) {
            return WriteFailure.report(err, target, new UncheckedIOException(e), false);
        } catch (UncheckedIOException e) {
            return WriteFailure.report(err, target, e, false);
        }

        for (String w : table.warnings()) err.println("parksim: warning: " + w);
        err.flush();
        printOutcome(spec.commandLine().getOut(), report, chosen, months, target);
        return ParkSimCommand.OK;
    }

    /** The variants with values and those none of whose runs finished. */
    private static List<String> allNames(ResultSet set) {
        List<String> all = new ArrayList<>(set.names());
        all.addAll(set.allFailed().keySet());
        return all;
    }

    /** Why the results cannot be compared against {@code base} (a usage error), or null when they can. */
    private static String refusal(ResultSet set, String base) {
        if (set.allFailed().containsKey(base)) {
            throw new InputException(set.allFailed().get(base).toString(), "status", "finished runs of the baseline " + base,
                    "every run of " + base + " failed; see the error column (or choose another --baseline)");
        }
        if (set.variant(base) == null) {
            return "--baseline: expected one of the variants " + set.names() + ", found \"" + base + "\"" + Nearest.hint(base, set.names());
        }
        if (set.names().size() < 2) {
            return "expected at least two variants to compare, found only " + set.names() + " (give several run folders, or a sweep folder)";
        }
        return null;
    }

    /** The terminal's account: what was compared, the verdict, the plain-language summary and the headline table. */
    private static void printOutcome(PrintWriter o, ComparisonReport report, List<Metric> chosen, List<CalendarMonth> months, Path target) {
        ComparisonTable table = report.table();
        o.printf("compare: %d variants (baseline %s), %d metric(s) at %s -> %s%n", report.results().names().size(), table.baseline(),
                chosen.size(), String.join(", ", months.stream().map(CalendarMonth::toString).toList()), target);
        o.println();
        for (String plain : report.recommendation()) o.println(plain);
        if (!report.recommendation().isEmpty()) o.println();
        for (String v : report.verdict()) o.println(v);
        o.println();
        for (String s : PlainSummary.sentences(table)) o.println("- " + s);
        List<Metric> shown = chosen.stream().filter(HEADLINE::contains).toList();
        TerminalTable.print(o, table, shown.isEmpty() ? chosen : shown);
    }

    /** The command as typed, without --out and --force: where the report went does not change it, so the same inputs give the same report. */
    private String commandLine() {
        List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
        if (!args.isEmpty() && args.get(0).equals("compare")) args.remove(0);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--force") || a.startsWith("--out=")) args.remove(i--);
            else if (a.equals("--out")) {
                args.remove(i);
                if (i < args.size()) args.remove(i);
                i--;
            }
        }
        return "parksim compare " + String.join(" ", args.stream().map(a -> a.matches("[\\w./@,:=+-]+") ? a : "'" + a + "'").toList());
    }

    /** The verdict's outcome: --outcome (one of the compared metrics, not a cost), else the first outcome in the summary's order. */
    private Metric chooseOutcome(List<Metric> chosen) {
        List<Metric> outcomes = PlainSummary.outcomeOrder(chosen);
        if (outcome == null) return outcomes.isEmpty() ? null : outcomes.get(0);
        Metric m;
        try {
            m = Metric.fromColumn(outcome.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--outcome: " + e.getMessage());
        }
        if (!outcomes.contains(m)) {
            throw new IllegalArgumentException("--outcome: expected one of the compared outcome metrics "
                    + outcomes.stream().map(Metric::column).toList() + ", found \"" + outcome + "\"");
        }
        return m;
    }

    /** A variant named base or baseline (also as a labelled sweep's {@code label/base}), else the first. */
    static String defaultBaseline(List<String> names) {
        for (String wanted : List.of("base", "baseline")) {
            for (String n : names) if (n.equals(wanted) || n.endsWith("/" + wanted)) return n;
        }
        return names.get(0);
    }

    private List<Metric> chooseMetrics() {
        if (metrics == null || metrics.isEmpty()) return HEADLINE;
        List<Metric> chosen = new ArrayList<>();
        for (String name : metrics) {
            Metric m;
            try {
                m = Metric.fromColumn(name.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--metrics: " + e.getMessage());
            }
            if (!chosen.contains(m)) chosen.add(m);
        }
        return chosen;
    }

    private static CalendarMonth parseMonth(String text) {
        try {
            return CalendarMonth.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--at: " + e.getMessage());
        }
    }

    private void checkLabels() {
        if (labels == null) return;
        if (labels.size() != results.size()) {
            throw new IllegalArgumentException("--label: expected one name per RESULTS argument (" + results.size() + "), found "
                    + labels.size() + " " + labels);
        }
        if (new HashSet<>(labels).size() != labels.size()) {
            throw new IllegalArgumentException("--label: expected different names, found " + labels);
        }
        for (String l : labels) {
            if (!l.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
                throw new IllegalArgumentException("--label: expected a name of letters, digits, '_', '.' or '-', found \"" + l + "\"");
            }
        }
    }
}
