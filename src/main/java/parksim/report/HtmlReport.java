package parksim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Metric;
import parksim.results.ResultSet;
import parksim.results.RunKey;
import parksim.results.TargetInfo;

/**
 * {@code report.html}: one self-contained page (styles inline, charts embedded as PNG data) that opens
 * with the verdict and the ranking, then the comparison in plain words, the inputs, who the packages
 * induced, budget use, Shapley shares, the tables, the charts, and how the numbers were computed.
 */
public final class HtmlReport {
    /** Tables wrap their cells rather than widen the page: the report fits a 1,280 px screen without horizontal scrolling. */
    public static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5em auto;max-width:1180px;padding:0 1em;color:#222;line-height:1.45}
            h1{font-size:1.6em}h2{margin-top:1.8em;border-bottom:1px solid #ccc}h3{margin-top:1.4em}
            table{border-collapse:collapse;margin:.6em 0;font-size:.85em;max-width:100%}th,td{border:1px solid #ddd;padding:.25em .45em;vertical-align:top;overflow-wrap:anywhere}
            th{background:#f3f3f3;text-align:left;overflow-wrap:break-word}td.n{text-align:right}tr.base td{background:#fafafa}tr.metric th{background:#e8eef5}
            .sig{font-weight:600}.warn{background:#fff4e5;border-left:4px solid #f0a020;padding:.4em .8em}
            .verdict{background:#eef6ee;border-left:4px solid #009E73;padding:.5em 1em;font-size:1.05em}
            .meta{color:#555}figure{margin:1em 0}img{max-width:100%;height:auto;border:1px solid #eee}figcaption{color:#555;font-size:.9em}
            td.n{overflow-wrap:normal}td.binds{background:#fde8e8;font-weight:600}details{margin:.6em 0}summary{cursor:pointer;color:#0060a0}
            @media print{@page{size:A4;margin:10mm}body{max-width:none;margin:0;padding:0;font-size:8.5pt;line-height:1.25}.more,details{display:none}
            h1{font-size:14pt;margin:0 0 .3em}h2{font-size:11pt;margin-top:.8em}h3{font-size:10pt;margin-top:.6em}table{font-size:7.5pt;margin:.3em 0}th,td{padding:.1em .35em}
            .verdict{padding:.3em .6em;font-size:9pt}.packages td:nth-child(3),.packages th:nth-child(3),p.meta.note{display:none}td.binds,th,.verdict,tr.base td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;

    private HtmlReport() {}

    public static void write(Path file, ComparisonReport report, List<ChartWriter.Chart> charts) {
        ComparisonTable table = report.table();
        VariantLabels labels = report.labels();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>parksim comparison: ")
                .append(esc(String.join(", ", table.variants()))).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<div class=\"front\">\n").append(ReportFront.heading(report)).append(ReportFront.recommendation(report))
                .append(ReportFront.packages(report)).append(ReportFront.fiscal(report)).append("</div>\n<div class=\"more\">\n");
        h.append("<h2>Summary</h2>\n<ul>\n");
        for (String s : PlainSummary.sentences(table)) h.append("<li>").append(esc(s)).append("</li>\n");
        h.append("</ul>\n");
        if (!table.warnings().isEmpty()) {
            h.append("<div class=\"warn\"><b>Warnings</b><ul>\n");
            for (String w : table.warnings()) h.append("<li>").append(esc(w)).append("</li>\n");
            h.append("</ul></div>\n");
        }
        h.append(inputs(table, report.results().variants(), labels));
        h.append(HtmlSections.additionality(report)).append(HtmlSections.budget(report)).append(HtmlSections.shapley(report));
        h.append(tables(table, labels)).append(HtmlSections.pairwise(report)).append(targets(table));
        h.append("<h2>Charts</h2>\n");
        for (ChartWriter.Chart c : charts) {
            h.append("<figure><img alt=\"").append(esc(c.title())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(c.png())).append("\"><figcaption>").append(esc(c.title()))
                    .append(" (").append(esc(c.file())).append(")</figcaption></figure>\n");
        }
        h.append(HtmlSections.method()).append("</div>\n</body>\n</html>\n");
        try {
            Files.writeString(file, h, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String inputs(ComparisonTable table, List<ResultSet.Variant> variants, VariantLabels labels) {
        StringBuilder h = new StringBuilder("<h2>Inputs</h2>\n<table>\n<tr><th>variant</th>");
        for (String c : labels.columns()) h.append("<th>").append(esc(c)).append("</th>");
        h.append("<th>file</th><th>runs</th><th>seeds</th><th>compared with the baseline</th></tr>\n");
        for (ResultSet.Variant v : variants) {
            List<RunKey> runs = v.data().runs();
            long min = runs.stream().mapToLong(RunKey::seed).min().orElse(0);
            long max = runs.stream().mapToLong(RunKey::seed).max().orElse(0);
            h.append("<tr><td>").append(esc(labels.named(v.name()))).append("</td>");
            for (String value : labels.values(v.name())) h.append("<td class=\"n\">").append(esc(value)).append("</td>");
            h.append("<td>").append(esc(v.data().file())).append("</td><td class=\"n\">")
                    .append(runs.size()).append("</td><td class=\"n\">").append(min == max ? min : min + " to " + max).append("</td><td>")
                    .append(esc(v.name().equals(table.baseline()) ? "(baseline)" : table.pairing().get(v.name()))).append("</td></tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    private static String tables(ComparisonTable table, VariantLabels labels) {
        StringBuilder h = new StringBuilder("<h2>Tables</h2>\n<p>Mean with 95% confidence interval of the mean; median with the 5th to 95th ")
                .append("percentile of the runs (R type 7); difference of means from the baseline with its 95% CI (paired where the runs share seeds); ")
                .append("p-values after Holm's correction within the outcome family, or the cost family for spend ")
                .append("(bold: Holm-adjusted t-test p below 0.05; the CIs are not adjusted for multiple comparisons); effect size; ")
                .append("difference per ¥1M of extra incentive spend with its Fieller 95% CI. ")
                .append("Money in ¥M. NA: fewer than two runs, no variation, or an extra spend whose CI includes 0.</p>\n");
        for (String park : table.parks()) {
            for (CalendarMonth date : table.dates()) {
                h.append("<h3>Park ").append(esc(park)).append(", ").append(date).append("</h3>\n").append(metricTable(table, labels, park, date));
            }
        }
        return h.toString();
    }

    private static String targets(ComparisonTable table) {
        if (table.targets().isEmpty()) return "";
        StringBuilder h = new StringBuilder("<h3>Targets</h3>\n<table>\n<tr><th>target</th><th>variant</th><th>runs that met it</th>")
                .append("<th>probability [95% CI]</th><th>median simulated value</th></tr>\n");
        for (TargetRow t : table.targets()) {
            TargetInfo i = t.target();
            h.append("<tr><td>").append(esc(i.id() + (i.figure().isEmpty() ? "" : " [" + i.figure() + "]") + ": " + i.description()))
                    .append("</td><td>").append(esc(t.variant())).append("</td><td class=\"n\">").append(t.met()).append(" of ").append(t.checked())
                    .append("</td><td class=\"n\">").append(Display.percent(t.probability())).append(" [").append(Display.percent(t.low()))
                    .append(", ").append(Display.percent(t.high())).append("]</td><td class=\"n\">")
                    .append(esc(medianValue(i, t.medianValue()))).append("</td></tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    private static String metricTable(ComparisonTable table, VariantLabels labels, String park, CalendarMonth date) {
        StringBuilder h = new StringBuilder("<table>\n<tr><th>variant</th><th>n</th><th>mean [95% CI]</th>")
                .append("<th>median [5%, 95%]</th><th>difference [95% CI]</th><th>t-test p (Holm)</th><th>rank test p (Holm)</th>")
                .append("<th>effect size</th><th>per ¥1M extra spend [95% CI]</th></tr>\n");
        for (Metric m : table.metrics()) {
            h.append("<tr class=\"metric\"><th colspan=\"9\">").append(esc(Display.label(m))).append("</th></tr>\n");
            for (String v : table.variants()) {
                ComparisonRow r = table.row(v, park, m, date);
                Sample s = r.sample();
                Difference d = r.difference();
                h.append(r.isBaseline() ? "<tr class=\"base\">" : "<tr>").append("<td>")
                        .append(esc(labels.named(v))).append(r.isBaseline() ? " (baseline)" : "").append("</td><td class=\"n\">").append(s.n())
                        .append("</td><td class=\"n\">").append(Display.value(m, s.mean())).append(" [").append(Display.value(m, s.ciLow()))
                        .append(", ").append(Display.value(m, s.ciHigh())).append("]</td><td class=\"n\">").append(Display.value(m, s.median()))
                        .append(" [").append(Display.value(m, s.q05())).append(", ").append(Display.value(m, s.q95())).append("]</td>");
                if (d == null) {
                    h.append("<td></td><td></td><td></td><td></td><td></td></tr>\n");
                    continue;
                }
                h.append("<td class=\"n").append(r.significant() ? " sig" : "").append("\">").append(Display.signed(m, d.estimate()))
                        .append(" [").append(Display.value(m, d.ciLow())).append(", ").append(Display.value(m, d.ciHigh())).append("]</td>")
                        .append("<td class=\"n").append(r.significant() ? " sig" : "").append("\">").append(esc(d.tTest())).append(": ")
                        .append(esc(Display.p(d.tP()))).append(" (").append(esc(Display.p(r.tPHolm()))).append(")</td><td class=\"n\">")
                        .append(esc(d.rankTest())).append(": ").append(esc(Display.p(d.rankP()))).append(" (").append(esc(Display.p(r.rankPHolm())))
                        .append(")</td><td class=\"n\">").append(esc(d.effectKind())).append(" = ").append(Display.num(d.effect()))
                        .append("</td><td class=\"n\">").append(esc(HtmlSections.ratio(m, r.ratio()))).append("</td></tr>\n");
            }
        }
        return h.append("</table>\n").toString();
    }

    private static String medianValue(TargetInfo target, double value) {
        if (Double.isNaN(value)) return "NA";
        try {
            return Display.amount(Metric.fromColumn(target.metric()), value);
        } catch (IllegalArgumentException unknownMetric) {
            return Display.num(value);
        }
    }

    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
