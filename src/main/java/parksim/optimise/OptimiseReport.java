package parksim.optimise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parksim.core.Fmt;
import parksim.report.Difference;
import parksim.report.FrontChart;
import parksim.report.HtmlReport;
import parksim.report.Sample;
import parksim.results.CsvOutput;

/**
 * The optimisation's result files: {@code evaluations.csv} (every package on the search and race seeds, and on the fresh
 * seeds), {@code front.csv} (the front, or each budget's finalists, with intervals and the paired difference from the
 * baseline), {@code front.png}, {@code optimise.html} and {@code summary.md} (the recommendation in words). Each file is
 * written beside itself and moved into place, {@code summary.md} last.
 */
public final class OptimiseReport {
    public static final String EVALUATIONS = "evaluations.csv";
    public static final String FRONT = "front.csv";
    public static final String CHART = "front.png";
    public static final String HTML = "optimise.html";
    public static final String SUMMARY = "summary.md";

    private OptimiseReport() {}

    public static List<Verdict> write(Path dir, Optimiser.Result r) {
        List<Verdict> verdicts = r.recommendations().stream().map(rec -> Verdict.of(rec, r)).toList();
        String outcome = r.problem().outputs().get(0).metric() + "@" + r.problem().outputs().get(0).date();
        String cost = r.problem().outputs().get(1).metric() + "@" + r.problem().outputs().get(1).date();
        atomically(dir.resolve(EVALUATIONS), f -> evaluations(f, r));
        atomically(dir.resolve(FRONT), f -> front(f, r));
        byte[] png = chart(r, outcome, cost);
        atomically(dir.resolve(CHART), f -> Files.write(f, png));
        String words = Recommendations.markdown(r, verdicts);
        atomically(dir.resolve(HTML), f -> Files.writeString(f, html(r, words, png), StandardCharsets.UTF_8));
        atomically(dir.resolve(SUMMARY), f -> Files.writeString(f, words, StandardCharsets.UTF_8));
        return verdicts;
    }

    private static byte[] chart(Optimiser.Result r, String outcome, String cost) {
        Ledger l = r.search();
        java.util.function.Function<Candidate, FrontChart.Point> point = c -> new FrontChart.Point(l.mean(c.id(), 1), l.mean(c.id(), 0));
        Map<String, FrontChart.Point> packages = new LinkedHashMap<>();
        l.all().stream().filter(Candidate::handWritten).forEach(c -> packages.put(c.id(), point.apply(c)));
        return FrontChart.draw(outcome, cost, l.searched().stream().map(point).toList(), r.problem().spec().front() ? "front" : "finalists",
                r.front().stream().map(point).toList(), r.recommendations().stream().map(x -> point.apply(x.chosen())).toList(), packages, r.baseline());
    }

    private static List<String> leverNames(OptimiseProblem p) {
        return p.levers().stream().map(LeverSpec::name).toList();
    }

    private static void evaluations(Path file, Optimiser.Result r) {
        List<String> header = new ArrayList<>(List.of("seeds", "package", "kind", "batch", "budget_cny"));
        header.addAll(leverNames(r.problem()));
        header.addAll(List.of("replicates", "objective_mean", "cost_mean", "score"));
        try (CsvOutput csv = new CsvOutput(file, header)) {
            for (Ledger l : List.of(r.search(), r.fresh())) {
                for (Candidate c : l.all()) {
                    List<String> row = new ArrayList<>(List.of(l == r.search() ? "search" : "fresh", c.id(), c.handWritten() ? "hand-written" : "searched",
                            c.batch(), Fmt.number(c.budget())));
                    for (int i = 0; i < r.problem().levers().size(); i++) row.add(c.handWritten() ? "" : Fmt.number(c.values()[i]));
                    row.addAll(List.of(Integer.toString(l.replicates(c.id())), Fmt.number(l.mean(c.id(), 0)), Fmt.number(l.mean(c.id(), 1)),
                            Fmt.number(l.score(c.id()))));
                    csv.row(row);
                }
            }
        }
    }

    private static void front(Path file, Optimiser.Result r) {
        List<String> header = new ArrayList<>(List.of("package", "budget_cny"));
        header.addAll(leverNames(r.problem()));
        header.addAll(List.of("replicates", "objective_mean", "objective_ci_low", "objective_ci_high", "cost_mean", "cost_ci_low", "cost_ci_high",
                "vs_baseline", "vs_baseline_ci_low", "vs_baseline_ci_high", "score", "recommended_at_cny"));
        Ledger l = r.search();
        try (CsvOutput csv = new CsvOutput(file, header)) {
            for (Candidate c : r.front()) {
                int n = Math.min(l.replicates(c.id()), l.replicates(r.baseline()));
                Sample o = sample(l.runs(c.id(), 0)), k = sample(l.runs(c.id(), 1));
                Difference d = Difference.paired(l.runs(c.id(), 0, n), l.runs(r.baseline(), 0, n));
                List<String> row = new ArrayList<>(List.of(c.id(), Fmt.number(c.budget())));
                for (double v : c.values()) row.add(Fmt.number(v));
                row.addAll(List.of(Integer.toString(l.replicates(c.id())), Fmt.number(o.mean()), Fmt.number(o.ciLow()), Fmt.number(o.ciHigh()),
                        Fmt.number(k.mean()), Fmt.number(k.ciLow()), Fmt.number(k.ciHigh()), Fmt.number(d.estimate()), Fmt.number(d.ciLow()),
                        Fmt.number(d.ciHigh()), Fmt.number(l.score(c.id())), String.join(" ", r.recommendations().stream()
                                .filter(x -> x.chosen().id().equals(c.id())).map(x -> Fmt.number(x.budget())).toList())));
                csv.row(row);
            }
        }
    }

    /** A sample whose runs agree exactly (spend that meets its budget in every run) has its mean as its interval. */
    private static Sample sample(double[] values) {
        Sample s = Sample.of(values);
        return s.sd() == 0 ? new Sample(s.n(), s.mean(), 0, s.median(), s.q05(), s.q95(), s.mean(), s.mean()) : s;
    }

    private static String html(Optimiser.Result r, String words, byte[] png) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>parksim optimise: ")
                .append(HtmlReport.esc(r.problem().spec().name())).append("</title>\n<style>\n").append(HtmlReport.STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>Which package to fund</h1>\n<p class=\"meta\">").append(HtmlReport.esc(r.problem().spec().description())).append("</p>\n");
        h.append("<h2>Recommendation</h2>\n<div class=\"verdict\">\n");
        for (String line : words.split("\n")) {
            if (line.isBlank()) continue;
            String text = HtmlReport.esc(line.startsWith("- ") ? line.substring(2) : line).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>").replaceAll("`(.+?)`", "<code>$1</code>");
            h.append("<p>").append(text).append("</p>\n");
        }
        h.append("</div>\n<figure><img alt=\"the front\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                .append("\"><figcaption>Every package's mean over the search and race seeds; front.csv has the figures with their intervals.</figcaption></figure>\n");
        h.append("<h2>Search</h2>\n<ul>\n");
        for (String s : r.stops()) h.append("<li>").append(HtmlReport.esc(s)).append("</li>\n");
        h.append("</ul>\n<h2>Levers</h2>\n<table>\n<tr><th>lever</th><th>path</th><th>range</th><th>what it is</th></tr>\n");
        for (LeverSpec l : r.problem().levers()) {
            h.append("<tr><td>").append(HtmlReport.esc(l.name())).append("</td><td>").append(HtmlReport.esc(l.path())).append("</td><td>")
                    .append(Fmt.number(l.min())).append(" – ").append(Fmt.number(l.max())).append(l.integer() ? " (whole)" : "").append("</td><td>")
                    .append(HtmlReport.esc(l.description())).append("</td></tr>\n");
        }
        return h.append("</table>\n</body>\n</html>\n").toString();
    }

    @FunctionalInterface
    private interface Writer {
        void write(Path file) throws IOException;
    }

    private static void atomically(Path file, Writer w) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            w.write(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
