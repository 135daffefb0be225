package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static parksim.cli.CompareCommandTest.csv;
import static parksim.cli.CompareCommandTest.num;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.core.Metric;
import parksim.observe.FirmTable;
import parksim.report.SyntheticResults;
import parksim.report.SyntheticResults.Spec;
import parksim.report.SyntheticResults.Variant;

/** additionality.csv from hand-made firms of two run folders with the same seeds and two parks: every count known exactly. */
class CompareAdditionalityTest {
    @TempDir
    Path dir;

    /** A firms.csv row: the firm, the park whose pipeline it entered, whether it negotiated (a prospect) and signed, its subsidies. */
    private static String firm(String scenario, long seed, int replicate, String id, String park, boolean prospect, boolean signed, long subsidies) {
        List<String> cells = new ArrayList<>();
        for (String column : FirmTable.HEADER) {
            cells.add(switch (column) {
                case "run_id" -> String.format("base-r%03d", replicate);
                case "scenario" -> scenario;
                case "variant" -> "base";
                case "replicate" -> Integer.toString(replicate);
                case "seed" -> Long.toString(seed);
                case "firm_id" -> id;
                case "name" -> "firm " + id;
                case "park" -> park;
                case "segment" -> "storage";
                case "negotiating" -> prospect ? "2025-02" : "";
                case "signed" -> signed ? (prospect ? "2025-05" : "2023-01") : "";
                case "declined" -> signed ? "" : "2025-06";
                case "final_stage" -> signed ? "operating" : "declined";
                case "subsidies_cny" -> Long.toString(subsidies);
                default -> "0";
            });
        }
        return String.join(",", cells);
    }

    private static void firms(Path folder, String scenario, List<String> perRun) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", FirmTable.HEADER));
        for (int r = 0; r < 2; r++) {
            for (String f : perRun) {
                String[] p = f.split(":");
                lines.add(firm(scenario, 1000 + r, r, p[0], p[1], !p[0].equals("kasen"), p[2].equals("signed"), Long.parseLong(p[3])));
            }
        }
        Files.write(folder.resolve("firms.csv"), lines);
    }

    @Test
    void inducedDeadweightLostAndDisplacedFirmsAreCountedExactly() throws IOException {
        Spec baseSpec = Spec.run("base", Variant.of("base", 1, 1), 2, 1000).withParks(List.of("p1", "p2"));
        Spec pkgSpec = Spec.run("pkg", Variant.of("pkg", 1, 2, Metric.SPEND_CUM, 12e6), 2, 1000).withParks(List.of("p1", "p2"));
        Path base = SyntheticResults.write(dir.resolve("base"), baseSpec);
        Path pkg = SyntheticResults.write(dir.resolve("pkg"), pkgSpec);
        // Baseline: f1, f2, f5 sign in p1, f3 in p2, f4 talks to p1 and declines; kasen is an initial tenant.
        firms(base, "base", List.of("kasen:p1:signed:500", "f1:p1:signed:100", "f2:p1:signed:50", "f3:p2:signed:70",
                "f4:p1:declined:0", "f5:p1:signed:80"));
        // Package: f1 and f5 sign in p1 again (deadweight; f1 now gets 300), f2 declines (lost), f3 signs in p1 instead of
        // p2 (induced, displaced from p2), f4 now signs (induced), f6 is a prospect only this package meets (induced).
        firms(pkg, "pkg", List.of("kasen:p1:signed:900", "f1:p1:signed:300", "f2:p1:declined:0", "f3:p1:signed:40",
                "f4:p1:signed:60", "f5:p1:signed:80", "f6:p1:signed:20"));

        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("compare", base.toString(), pkg.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = csv(out.resolve("additionality.csv"));
        Map<String, String> p1 = rows.stream().filter(x -> x.get("park").equals("p1")).findFirst().orElseThrow();
        assertEquals("pkg", p1.get("variant"));
        assertEquals("base", p1.get("baseline"));
        assertEquals("2", p1.get("runs_paired"));
        assertEquals(3, num(p1, "induced"), 0, "f3, f4, f6");
        assertEquals(1, num(p1, "displaced"), 0, "f3, taken from p2");
        assertEquals(2, num(p1, "deadweight"), 0, "f1 and f5; the initial tenant is not a prospect");
        assertEquals(1, num(p1, "lost"), 0, "f2");
        assertEquals(0, num(p1, "lost_to_other_parks"), 0);
        assertEquals(380, num(p1, "deadweight_subsidies_cny"), 0, "300 to f1 + 80 to f5");
        assertEquals(200, num(p1, "deadweight_extra_subsidies_cny"), 0, "f1 gets 200 more than it did anyway");
        assertEquals(num(p1, "extra_spend_cny") / 3, num(p1, "cost_per_induced_cny"), 1e-6 * num(p1, "extra_spend_cny"),
                "the extra spend per induced firm (3 in every run)");
        assertEquals(2, num(p1, "net_additional"), 0, "3 induced - 1 lost");
        assertEquals(num(p1, "extra_spend_cny") / 2, num(p1, "cost_per_net_additional_cny"), 1e-6 * num(p1, "extra_spend_cny"));
        assertTrue(num(p1, "cost_per_induced_ci_low") < num(p1, "cost_per_induced_cny")
                && num(p1, "cost_per_induced_cny") < num(p1, "cost_per_induced_ci_high"), p1.toString());

        Map<String, String> p2 = rows.stream().filter(x -> x.get("park").equals("p2")).findFirst().orElseThrow();
        assertEquals(0, num(p2, "induced"), 0);
        assertEquals(0, num(p2, "deadweight"), 0);
        assertEquals(1, num(p2, "lost"), 0, "f3");
        assertEquals(1, num(p2, "lost_to_other_parks"), 0, "f3 went to p1");
        assertEquals(-1, num(p2, "net_additional"), 0);
        assertEquals("", p2.get("cost_per_induced_cny"));
        assertTrue(p2.get("note").startsWith("no cost per induced firm: "), p2.toString());
        assertTrue(Files.readString(out.resolve("report.html")).contains("<h2>Who the packages brought</h2>"));
    }

    @Test
    void withoutFirmsFilesThereIsNoAdditionalityTable() throws IOException {
        Path base = SyntheticResults.write(dir.resolve("base"), Spec.run("base", Variant.of("base", 1, 1), 2, 1000));
        Path pkg = SyntheticResults.write(dir.resolve("pkg"), Spec.run("pkg", Variant.of("pkg", 1, 2), 2, 1000));
        Path out = dir.resolve("out");
        assertEquals(0, CliRunner.run("compare", base.toString(), pkg.toString(), "--out", out.toString()).code());
        assertTrue(Files.notExists(out.resolve("additionality.csv")));
    }
}
