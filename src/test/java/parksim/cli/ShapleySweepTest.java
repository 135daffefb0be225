package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parksim.cli.CompareCommandTest.csv;
import static parksim.cli.CompareCommandTest.num;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep --shapley VARIANT} generates and runs the 2^k sub-packages; {@code compare} attributes the package's effect. */
class ShapleySweepTest {
    @TempDir
    Path dir;

    private Path experiment() throws IOException {
        String scenario = Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString().replace("\\", "/");
        Path file = dir.resolve("e.json");
        Files.writeString(file, """
                {"name": "pkg", "scenario": "%s", "replications": 4, "seed": 5, "months": 24,
                 "variants": [{"name": "baseline", "set": {}},
                   {"name": "package", "set": {"parks[yanji].budget": 100000000,
                      "parks[yanji].policies.rentSubsidy.share": 0.8, "parks[yanji].policies.rentSubsidy.months": 48,
                      "parks[yanji].policies.events": {"perYear": 6, "awarenessBoost": 0.05, "decayMonths": 6, "costPerEvent": 300000}}}]}
                """.formatted(scenario));
        return file;
    }

    @Test
    void theSubPackagesAreRunAndTheSharesAddUpToThePackagesEffect() throws IOException {
        Path out = dir.resolve("shapley");
        CliRunner s = CliRunner.run("sweep", experiment().toString(), "--shapley", "package", "--out", out.toString(), "--no-progress");
        assertEquals(0, s.code(), s.err());
        List<Map<String, String>> runs = csv(out.resolve("runs.csv"));
        assertEquals(4 * 4, runs.size(), "2 instruments (rent subsidy, events): 4 sub-packages x 4 replications");
        assertEquals(List.of("shapley-00", "shapley-01", "shapley-10", "shapley-11"),
                runs.stream().map(r -> r.get("variant")).distinct().toList());
        Map<String, String> none = runs.stream().filter(r -> r.get("variant").equals("shapley-00")).findFirst().orElseThrow();
        assertEquals("100000000", none.get("parks[yanji].budget"), "the budget is set in every sub-package");

        Path cmp = dir.resolve("cmp");
        CliRunner c = CliRunner.run("compare", out.toString(), "--metrics", "tenants_signed_cum,spend_cum_cny", "--out", cmp.toString());
        assertEquals(0, c.code(), c.err());
        List<Map<String, String>> shares = csv(cmp.resolve("shapley.csv")).stream()
                .filter(r -> r.get("metric").equals("spend_cum_cny")).toList();
        assertEquals(List.of("rentSubsidy", "events"),
                shares.stream().map(r -> r.get("instrument")).toList());
        double sum = shares.stream().mapToDouble(r -> num(r, "shapley_value")).sum();
        assertEquals(num(shares.get(0), "package_effect"), sum, 1e-6 * Math.abs(sum) + 1, "efficiency: the shares add up to the effect");
        assertTrue(num(shares.get(1), "shapley_value") > 0, "events cost money: " + shares.get(1));
        assertTrue(Files.readString(cmp.resolve("report.html")).contains("Attribution across instruments (Shapley)"));
    }

    @Test
    void anUnknownVariantIsRefused() throws IOException {
        CliRunner s = CliRunner.run("sweep", experiment().toString(), "--shapley", "nope", "--out", dir.resolve("x").toString());
        assertEquals(2, s.code());
        assertTrue(s.err().contains("--shapley: expected one of the named variants [baseline, package], found \"nope\""), s.err());
        CliRunner none = CliRunner.run("sweep", experiment().toString(), "--shapley", "baseline", "--out", dir.resolve("y").toString());
        assertEquals(2, none.code());
        assertTrue(none.err().contains("a package of 1 to 8 instruments"), none.err());
    }
}
