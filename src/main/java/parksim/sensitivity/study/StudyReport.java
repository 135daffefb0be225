package parksim.sensitivity.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import parksim.core.Estimate;
import parksim.core.Fmt;
import parksim.report.AnalystUnits;
import parksim.report.ChartWriter;
import parksim.report.HtmlReport;
import parksim.report.IndexChart;
import parksim.results.CsvOutput;
import parksim.results.ResultDirectory;

/**
 * Writes a study's indices: {@code sobol.csv} or {@code morris.csv} (each index with its 95 % bootstrap interval and the
 * replication-noise share), a bar chart per output ({@code <method>-<output>.png}) and {@code sensitivity.html}. The files
 * are staged and moved into the result folder together.
 */
public final class StudyReport {
    private StudyReport() {}

    public static void write(Path dir, SensitivityStudy study, List<StudyAnalysis.Row> rows, List<StudyAnalysis.Pair> pairs) {
        Map<String, List<StudyAnalysis.Row>> byOutput = byOutput(rows);
        List<ChartWriter.Chart> charts = new ArrayList<>();
        boolean sobol = study.method() == Method.SOBOL;
        List<String> names = sobol ? StudyAnalysis.SOBOL : StudyAnalysis.MORRIS;
        OutputNames outputNames = new OutputNames(study);
        for (Map.Entry<String, List<StudyAnalysis.Row>> e : byOutput.entrySet()) {
            String file = study.method().id() + "-" + e.getKey().replaceAll("[^A-Za-z0-9_.-]+", "_") + ".png";
            List<StudyAnalysis.Row> r = e.getValue();
            OutputNames.Name name = outputNames.of(e.getKey());
            double scale = sobol ? 1.0 : name.scale();
            charts.add(IndexChart.draw(file, (sobol ? "Sobol indices: " : "Morris mu*: ") + name.words(), r.stream().map(StudyAnalysis.Row::input).toList(),
                    r.stream().map(row -> scaled(row.values(), scale)).toList(), names, sobol ? 2 : 1, r.get(0).noiseShare(), sobol,
                    sobol ? "" : name.unit()));
        }
        try (ResultDirectory out = ResultDirectory.create(dir)) {
            try (CsvOutput csv = new CsvOutput(out.file(study.method().id() + ".csv"), header(names, sobol))) {
                for (StudyAnalysis.Row r : rows) csv.row(cells(r, sobol));
            }
            if (!pairs.isEmpty()) writePairs(out.file("sobol-second-order.csv"), pairs);
            for (ChartWriter.Chart c : charts) Files.write(out.file(c.file()), c.png());
            Files.writeString(out.file("sensitivity.html"), html(study, byOutput, charts, names, outputNames), StandardCharsets.UTF_8);
            out.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePairs(Path file, List<StudyAnalysis.Pair> pairs) {
        try (CsvOutput csv = new CsvOutput(file, List.of("output", "input_1", "input_2", "S2", "S2_low", "S2_high", "noise_share", "S2_above_noise"))) {
            for (StudyAnalysis.Pair p : pairs) {
                csv.row(List.of(p.output(), p.first(), p.second(), Fmt.number(p.s2().value()), Fmt.number(p.s2().low()), Fmt.number(p.s2().high()),
                        Fmt.number(p.noiseShare()), Double.isFinite(p.noiseShare()) ? (p.aboveNoise() ? "yes" : "no") : ""));
            }
        }
    }

    private static Map<String, List<StudyAnalysis.Row>> byOutput(List<StudyAnalysis.Row> rows) {
        Map<String, List<StudyAnalysis.Row>> m = new LinkedHashMap<>();
        for (StudyAnalysis.Row r : rows) m.computeIfAbsent(r.output(), k -> new ArrayList<>()).add(r);
        return m;
    }

    private static List<String> header(List<String> names, boolean sobol) {
        List<String> h = new ArrayList<>(List.of("output", "input", "path"));
        for (String n : names) h.addAll(List.of(n, n + "_low", n + "_high"));
        h.add("noise_share");
        if (sobol) h.addAll(List.of("S1_above_noise", "ST_above_noise"));
        return h;
    }

    private static List<String> cells(StudyAnalysis.Row r, boolean sobol) {
        List<String> c = new ArrayList<>(List.of(r.output(), r.input(), r.path()));
        for (Estimate e : r.values()) c.addAll(List.of(Fmt.number(e.value()), Fmt.number(e.low()), Fmt.number(e.high())));
        c.add(Fmt.number(r.noiseShare()));
        if (sobol) c.addAll(List.of(yesNo(r, 0), yesNo(r, 1)));
        return c;
    }

    private static String yesNo(StudyAnalysis.Row r, int index) {
        return Double.isFinite(r.noiseShare()) ? (r.aboveNoise(index) ? "yes" : "no") : "";
    }

    /** The ranking printed at the end of the command: each output's inputs by total-order index or mu*, then the summary. */
    public static void print(SensitivityStudy study, List<StudyAnalysis.Row> rows, PrintWriter o, int top) {
        boolean sobol = study.method() == Method.SOBOL;
        OutputNames outputNames = new OutputNames(study);
        Map<String, List<StudyAnalysis.Row>> byOutput = byOutput(rows);
        for (Map.Entry<String, List<StudyAnalysis.Row>> e : byOutput.entrySet()) {
            double noise = e.getValue().get(0).noiseShare();
            OutputNames.Name name = outputNames.of(e.getKey());
            double scale = sobol ? 1.0 : name.scale();
            String unit = sobol || name.unit().isEmpty() ? "" : " " + name.unit();
            o.printf(Locale.ROOT, "%n%s  [%s]  (%s; replication noise %s of the variance of the point means)%n", name.withUnit(), e.getKey(),
                    sobol ? "ranked by ST" : "ranked by mu*", Double.isFinite(noise) ? AnalystUnits.amount(parksim.core.Metric.Unit.SHARE, noise) : "not measured");
            for (StudyAnalysis.Row r : e.getValue().subList(0, Math.min(top, e.getValue().size()))) {
                List<Estimate> v = scaled(r.values(), scale);
                o.printf(Locale.ROOT, "  %-40s %s%n", r.input(), sobol
                        ? "ST " + show(v.get(1)) + "  S1 " + show(v.get(0)) + (r.aboveNoise(1) || !Double.isFinite(noise) ? "" : "  (below noise)")
                        : "mu* " + show(v.get(0)) + unit + "  sigma " + show(v.get(2)) + unit);
            }
        }
        o.println();
        o.println("In short: " + String.join(" ", StudySummary.sentences(byOutput, sobol)));
    }

    /** Effects in display units (¥M for money); indices that are shares are passed unscaled. */
    private static List<Estimate> scaled(List<Estimate> values, double scale) {
        if (scale == 1.0) return values;
        return values.stream().map(e -> new Estimate(e.value() / scale, e.low() / scale, e.high() / scale)).toList();
    }

    /** "uniform [¥120.0M, ¥180.0M]": the input's distribution, money in the units the rest of the page uses. */
    static String law(InputSpec in) {
        java.util.function.DoubleFunction<String> v = x -> AnalystUnits.input(in.path(), x);
        return in.distribution().equals("normal") ? "normal(" + v.apply(in.mean()) + ", " + v.apply(in.sd()) + ")"
                : in.distribution() + " [" + v.apply(in.min()) + ", " + v.apply(in.max()) + "]" + (in.mode() != null ? " mode " + v.apply(in.mode()) : "");
    }

    private static String show(Estimate e) {
        if (Double.isNaN(e.value())) return "NA";
        return Fmt.number(round(e.value())) + " [" + Fmt.number(round(e.low())) + ", " + Fmt.number(round(e.high())) + "]";
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Double.parseDouble(String.format(Locale.ROOT, "%.3g", v)) : v;
    }

    private static String html(SensitivityStudy study, Map<String, List<StudyAnalysis.Row>> byOutput, List<ChartWriter.Chart> charts, List<String> names,
                               OutputNames outputNames) {
        boolean sobol = study.method() == Method.SOBOL;
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>parksim sensitivity: ")
                .append(HtmlReport.esc(study.spec().name())).append("</title>\n<style>\n").append(HtmlReport.STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>Sensitivity of ").append(HtmlReport.esc(study.experiment().base().scenario().name())).append("</h1>\n<p class=\"meta\">")
                .append(HtmlReport.esc(study.spec().description())).append("</p>\n<h2>In short</h2>\n<p class=\"verdict\">")
                .append(HtmlReport.esc(String.join(" ", StudySummary.sentences(byOutput, sobol)))).append("</p>\n<h2>Method</h2>\n<p>")
                .append(study.method() == Method.SOBOL
                        ? "Sobol indices on a Saltelli design from a Sobol sequence: S1 (Saltelli 2010), the share of the output's variance due to the input alone; ST (Jansen), including its interactions."
                        : "Morris elementary effects on a radial design from a Sobol sequence: mu* is the mean absolute change of the output over the input's whole range (on its quantile scale), sigma the spread of the effects (interactions, non-linearity).")
                .append(" ").append(study.samples()).append(" base samples, ").append(study.points()).append(" design points x ")
                .append(study.spec().replications()).append(" replications (seeds ").append(study.spec().seed()).append(" onward; the same seeds at every point). ")
                .append("Indices are computed on each point's mean over its replications; intervals are 95% percentile bootstrap intervals over the base samples. ")
                .append("Replication noise: the share of the variance of the point means that is the noise of a mean of the replications; an index below it cannot be told from zero.</p>\n");
        h.append("<h2>Inputs</h2>\n<table>\n<tr><th>input</th><th>path</th><th>distribution</th><th>description</th></tr>\n");
        for (InputSpec in : study.inputs()) {
            String law = law(in);
            h.append("<tr><td>").append(HtmlReport.esc(in.name())).append("</td><td>").append(HtmlReport.esc(in.path())).append("</td><td>")
                    .append(HtmlReport.esc(law + (in.integer() ? ", whole numbers" : ""))).append("</td><td>").append(HtmlReport.esc(in.description())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        int c = 0;
        for (Map.Entry<String, List<StudyAnalysis.Row>> e : byOutput.entrySet()) {
            OutputNames.Name name = outputNames.of(e.getKey());
            double scale = sobol ? 1.0 : name.scale();
            String unit = sobol || name.unit().isEmpty() ? "" : ", " + name.unit();
            h.append("<h2>").append(HtmlReport.esc(name.withUnit())).append(" <span class=\"meta\">").append(HtmlReport.esc(e.getKey()))
                    .append("</span></h2>\n<table>\n<tr><th>input</th>");
            for (String n : names) h.append("<th>").append(n.replace("mu_star", "mu*")).append(unit.isEmpty() || n.equals("S1") || n.equals("ST") ? "" : HtmlReport.esc(unit)).append(" [95% CI]</th>");
            h.append("</tr>\n");
            for (StudyAnalysis.Row r : e.getValue()) {
                h.append("<tr><td>").append(HtmlReport.esc(r.input())).append("</td>");
                for (int i = 0; i < names.size(); i++) {
                    boolean faint = study.method() == Method.SOBOL && Double.isFinite(r.noiseShare()) && !r.aboveNoise(i);
                    h.append("<td class=\"n\"").append(faint ? " style=\"color:#999\" title=\"below replication noise\"" : "").append(">")
                            .append(HtmlReport.esc(show(scaled(r.values(), scale).get(i)))).append("</td>");
                }
                h.append("</tr>\n");
            }
            ChartWriter.Chart chart = charts.get(c++);
            h.append("</table>\n<figure><img alt=\"").append(HtmlReport.esc(chart.title())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(chart.png())).append("\"></figure>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }
}
