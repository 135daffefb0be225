package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.core.Version;

/** The compare report's first screen, from a real sweep: what it is of, what each package is, what limits it, what it costs net. */
class CompareFrontPageTest {
    @TempDir
    static Path dir;
    static String html;
    static Path sweep;
    static String terminal;

    @BeforeAll
    static void sweepAndCompare() throws IOException {
        String scenario = Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString().replace("\\", "/");
        Path file = dir.resolve("packages.json");
        Files.writeString(file, """
                {"name": "front-page-check", "description": "Two packages to check the report's first screen.",
                 "scenario": "%s", "replications": 6, "seed": 7, "months": 30, "record": "month",
                 "variants": [{"name": "baseline", "description": "as the articles describe", "set": {}},
                              {"name": "rich", "description": "a bigger budget and deeper rent relief",
                               "set": {"parks[yanji].budget": 150000000, "parks[yanji].policies.rentSubsidy.share": 0.8}}],
                 "grid": {"name": "rent", "base": "baseline", "factors": {"parks[yanji].policies.rentSubsidy.share": [0.3, 0.6]}}}
                """.formatted(scenario));
        sweep = dir.resolve("sweep");
        assertEquals(0, CliRunner.run("sweep", file.toString(), "--out", sweep.toString(), "--no-progress").code());
        CliRunner c = CliRunner.run("compare", sweep.toString(), "--out", dir.resolve("cmp").toString());
        assertEquals(0, c.code(), c.err());
        html = Files.readString(dir.resolve("cmp").resolve("report.html"));
        terminal = c.out();
    }

    @Test
    void theHeadingNamesTheExperimentVersionDateAndCommand() {
        assertTrue(html.contains("<h1>Comparison of policy variants: front-page-check</h1>"), html.substring(0, 2000));
        assertTrue(html.contains("Two packages to check the report's first screen."));
        assertTrue(html.contains("parksim " + Version.get() + "; results of 20"), "the results' date");
        assertTrue(html.contains("Made by <code>parksim compare " + sweep + "</code>"), "the command, without --out");
    }

    @Test
    void eachPackageIsDescribedWithTheLeversItSets() {
        assertTrue(html.contains("<td>rich</td><td>a bigger budget and deeper rent relief</td><td>budget ¥150M; rentSubsidy share 0.80</td>"), html);
        assertTrue(html.contains("<td>baseline</td><td>as the articles describe</td><td>as the scenario</td>"));
    }

    @Test
    void theRecommendationIsPlainWithItsLimitsBesideItAndTheStatisticsOneClickAway() {
        int recommendation = html.indexOf("<h2>Recommendation</h2>");
        int limits = html.indexOf("<h3>What limits each package</h3>");
        int details = html.indexOf("<details><summary>The statistics behind it</summary>");
        assertTrue(recommendation > 0 && limits > recommendation && details > limits, "recommendation, limits, then statistics");
        String plain = html.substring(recommendation, limits);
        assertTrue(plain.contains("than the baseline (95 % CI "), plain);
        assertTrue(!plain.contains("Holm") && !plain.contains("bootstrap"), "no statistical jargon in the recommendation: " + plain);
        String said = plain.substring(plain.indexOf("<p class=\"verdict\">") + 19, plain.indexOf("</p>")).replace("&#39;", "'");
        assertTrue(terminal.contains("\n" + said + "\n"), "the terminal opens with the same recommendation: " + said + "\n" + terminal);
        assertTrue(terminal.indexOf(said) < terminal.indexOf("\nOn tenants signed"), "before the statistics");
        assertTrue(html.substring(details).startsWith("<details><summary>The statistics behind it</summary>\n<p>On tenants signed"), "the verdict's statistics in the details");
    }

    /** The fiscal table's cumulative net cost is the mean over runs of Σ(spend_cny − tax_cny) in timeseries.csv. */
    @Test
    void netFiscalCostIsSpendMinusTaxCumulatedAndMatchesTheTimeseries() throws IOException {
        Map<String, Double> sum = new HashMap<>();
        Map<String, java.util.Set<String>> runs = new HashMap<>();
        try (Reader r = Files.newBufferedReader(sweep.resolve("timeseries.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                String v = row.get("variant");
                sum.merge(v, Double.parseDouble(row.get("spend_cny")) - Double.parseDouble(row.get("tax_cny")), Double::sum);
                runs.computeIfAbsent(v, k -> new java.util.HashSet<>()).add(row.get("run_id"));
            }
        }
        int fiscal = html.indexOf("<h2>Net fiscal cost</h2>");
        assertTrue(fiscal > 0);
        for (String v : new String[] {"baseline", "rich"}) {
            Matcher m = Pattern.compile("<tr><td>" + v + "</td>(?:<td class=\"n\">[^<]*</td>)*<td class=\"n\">[-0-9.]+ \\(([-0-9.]+)\\)</td></tr>")
                    .matcher(html.substring(fiscal));
            assertTrue(m.find(), v);
            double expectedM = sum.get(v) / runs.get(v).size() / 1e6;
            double shown = Double.parseDouble(m.group(1));
            assertEquals(expectedM, shown, Math.max(0.051, Math.abs(expectedM) * 0.006), v + ": cumulative net cost in ¥M");
        }
        assertTrue(html.contains("<th>¥M per additional signed tenant [95% CI]</th>"));
    }

    /** A grid variant reads as its factor values in the limits and fiscal tables, as in the packages table and the ranking. */
    @Test
    void theLimitsAndFiscalTablesNameGridVariantsByTheirFactorValues() {
        String named = "<tr><td>rent-1 (rent 0.3)</td>";
        int packages = html.indexOf("<h2>The packages</h2>");
        int limits = html.indexOf("<h3>What limits each package</h3>");
        int fiscal = html.indexOf("<h2>Net fiscal cost</h2>");
        assertTrue(html.indexOf(named, packages) > packages, "the packages table");
        assertTrue(html.substring(limits, packages).contains(named), "the limits table: " + html.substring(limits, packages));
        String fiscalPart = html.substring(fiscal, html.indexOf("</div>", fiscal));
        assertEquals(2, fiscalPart.split(java.util.regex.Pattern.quote(named), -1).length - 1, "the net cost by year and per tenant: " + fiscalPart);
        assertTrue(!html.substring(0, html.indexOf("<div class=\"more\">")).contains("<td>rent-1</td>"), "no bare grid name on the first screen");
    }

    @Test
    void excelGetsCopiesWithAByteOrderMarkAndTheTidyCsvsStayWithout() throws IOException {
        Path out = dir.resolve("excel");
        CliRunner c = CliRunner.run("compare", sweep.toString(), "--excel", "--out", out.toString());
        assertEquals(0, c.code(), c.err());
        for (String f : new String[] {"comparison.csv", "ranking.csv", "targets.csv", "budget.csv"}) {
            byte[] tidy = Files.readAllBytes(out.resolve(f));
            byte[] excel = Files.readAllBytes(out.resolve("excel").resolve(f));
            assertTrue(tidy[0] != (byte) 0xEF, f + " has no byte-order mark");
            assertEquals(tidy.length + 3, excel.length, f);
            assertEquals("\uFEFF" + new String(tidy, java.nio.charset.StandardCharsets.UTF_8),
                    new String(excel, java.nio.charset.StandardCharsets.UTF_8), f + ": the same table after a UTF-8 byte-order mark");
        }
    }

    @Test
    void aNumberNeverWrapsInsideItsCell() {
        assertTrue(html.contains("td.n{overflow-wrap:normal}"), "the n column's 50 no longer breaks as 5 / 0");
    }
}
