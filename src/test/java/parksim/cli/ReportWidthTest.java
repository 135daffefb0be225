package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static parksim.cli.CompareCommandTest.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.core.Metric;
import parksim.report.SyntheticResults;
import parksim.report.SyntheticResults.Spec;
import parksim.report.SyntheticResults.Variant;

/**
 * The comparison report in a real browser: headless Chromium (Debian's {@code chromium}) loads report.html at a
 * 1,280 px window, with a script added that writes {@code document.documentElement.scrollWidth} into the page, and
 * the page must not be wider than the window. Skipped without chromium, unless PARKSIM_REQUIRE_CHROMIUM=1 (CI).
 */
class ReportWidthTest {
    private static final int WINDOW = 1280;

    @TempDir
    Path dir;

    @Test
    void aReportOfManyLongNamedVariantsFitsA1280PixelWindowAndNamesEveryVariant() throws Exception {
        List<Variant> variants = new ArrayList<>();
        variants.add(Variant.of("baseline", 1, 1));
        for (int i = 1; i <= 7; i++) {
            variants.add(Variant.of("package-" + i + "-rent-subsidy-heavy-with-targeted-promotion-and-university", 1, 1 + i,
                    Metric.TENANTS_OPEN, i, Metric.SPEND_CUM, 5e6 * i));
        }
        Path sweep = SyntheticResults.write(dir.resolve("s"), Spec.sweep(variants, 10).withParks(List.of("yanji", "jinan-lishan")));
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("compare", sweep.toString(), "--at", "2025-12,2026-12", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        for (Variant v : variants) assertTrue(html.contains(v.name()), v.name());
        int width = scrollWidth(out.resolve("report.html"));
        assertTrue(width <= WINDOW, "the page is " + width + " px wide in a " + WINDOW + " px window");
    }

    @Test
    void gridVariantsReadAsTheirFactorValuesAndTheirReportFitsTheWindow() throws Exception {
        Path out = sweepAndCompare("scenarios/experiments/yanji-rent-x-promotion.json");
        List<Map<String, String>> rows = csv(out.resolve("comparison.csv"));
        Map<String, String> corner = rows.stream().filter(x -> x.get("variant").equals("rent-promo-9")).findFirst().orElseThrow();
        assertEquals("rent 0.8 · promotion 0.25", corner.get("label"));
        assertEquals("0.8", corner.get("rent_subsidy_share"), "grid factors are named columns");
        assertEquals("0.25", corner.get("targeted_promotion_awareness_boost"));
        Map<String, String> base = rows.stream().filter(x -> x.get("variant").equals("budget-100m")).findFirst().orElseThrow();
        assertEquals("budget-100m", base.get("label"), "a variant outside the grid keeps its name");
        for (String file : List.of("ranking.csv", "targets.csv")) {
            assertTrue(csv(out.resolve(file)).get(0).containsKey("rent_subsidy_share"), file);
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("rent-promo-9 (rent 0.8 · promotion 0.25)"), "labels in the report");
        int width = scrollWidth(out.resolve("report.html"));
        assertTrue(width <= WINDOW, "the page is " + width + " px wide in a " + WINDOW + " px window");
    }

    /** The first screen prints as one A4 page, and no wider than the page, for the bundled policy packages. */
    @Test
    void theFirstScreenPrintsOnOneA4PageNoWiderThanThePage() throws Exception {
        Path out = sweepAndCompare("scenarios/experiments/yanji-policy-packages.json");
        Path report = out.resolve("report.html");
        assertEquals(1, printedPages(report), "pages printed");
        // The print rules applied on screen, in a window as wide as A4's printable width (190 mm at 96 px per inch).
        Path asPrinted = out.resolve("as-printed.html");
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(html.contains("@media print{@page{size:A4;margin:10mm}"), "the print stylesheet");
        Files.writeString(asPrinted, html.replace("@media print{@page{size:A4;margin:10mm}", "@media screen{"), StandardCharsets.UTF_8);
        int width = scrollWidth(asPrinted, 718);
        assertTrue(width <= 718, "as printed the page is " + width + " px wide on a 718 px wide A4 page");
    }

    /** Sweeps an experiment and compares its variants; returns the comparison's folder. */
    private Path sweepAndCompare(String experiment) {
        Path sweep = dir.resolve("sweep");
        CliRunner s = CliRunner.run("sweep", experiment, "--out", sweep.toString(), "--no-progress");
        assertEquals(0, s.code(), s.err());
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("compare", sweep.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        return out;
    }

    /** The number of pages headless Chromium prints the report on. */
    static int printedPages(Path report) throws IOException, InterruptedException {
        requireChromium();
        Path pdf = report.resolveSibling("printed.pdf");
        Path profile = Files.createTempDirectory(report.getParent(), "chromium-profile");
        Process p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=" + profile, "--print-to-pdf=" + pdf, report.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count (\\d+)|/Count (\\d+)[^>]*?/Type\\s*/Pages\\b").matcher(text);
        assertTrue(m.find(), "a PDF page tree");
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static void requireChromium() {
        boolean required = "1".equals(System.getenv("PARKSIM_REQUIRE_CHROMIUM"));
        boolean present = Files.isExecutable(Path.of("/usr/bin/chromium"));
        if (required && !present) throw new AssertionError("PARKSIM_REQUIRE_CHROMIUM=1 but there is no chromium");
        assumeTrue(present, "needs Debian's chromium (apt-get install chromium)");
    }

    static int scrollWidth(Path report) throws IOException, InterruptedException {
        return scrollWidth(report, WINDOW);
    }

    /** The page's scroll width in headless Chromium at a window this wide and 900 px high. */
    static int scrollWidth(Path report, int window) throws IOException, InterruptedException {
        requireChromium();
        Path page = report.resolveSibling("measured.html");
        String html = Files.readString(report, StandardCharsets.UTF_8);
        String probe = "<script>document.body.insertAdjacentHTML('beforeend', '<p id=\"scroll-width\">' + "
                + "document.documentElement.scrollWidth + '</p>');</script>\n</body>";
        Files.writeString(page, html.replace("</body>", probe), StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory(report.getParent(), "chromium-profile");
        Process p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=" + window + ",900", "--dump-dom", page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        Matcher m = Pattern.compile("<p id=\"scroll-width\">(\\d+)</p>").matcher(dom);
        assertTrue(m.find(), "chromium ran the probe: " + dom.substring(0, Math.min(300, dom.length())));
        return Integer.parseInt(m.group(1));
    }
}
