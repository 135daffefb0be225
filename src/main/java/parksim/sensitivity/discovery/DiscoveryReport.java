package parksim.sensitivity.discovery;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import parksim.core.Fmt;
import parksim.report.TradeoffChart;
import parksim.results.CsvOutput;
import parksim.results.ResultDirectory;
import parksim.sensitivity.Prim;

/**
 * Writes a PRIM result: {@code prim-trajectory.csv} (each box of the peeling: coverage, density, mass, restrictions),
 * {@code prim-box.csv} (the chosen box: each input's range in the data and in the box, and each restriction's quasi-p-value)
 * and {@code prim-tradeoff.png} (coverage against density, the chosen box marked).
 */
public final class DiscoveryReport {
    private DiscoveryReport() {}

    public static void write(Path dir, Cases cases, List<Prim.Box> trajectory, Prim.Box chosen, List<Prim.Restriction> restrictions, String condition) {
        try (ResultDirectory out = ResultDirectory.create(dir)) {
            try (CsvOutput csv = new CsvOutput(out.file("prim-trajectory.csv"),
                    List.of("box", "coverage", "density", "mass", "runs", "runs_of_interest", "restricted", "restrictions", "chosen"))) {
                for (int b = 0; b < trajectory.size(); b++) {
                    Prim.Box box = trajectory.get(b);
                    csv.row(List.of(Integer.toString(b), Fmt.share(box.coverage()), Fmt.share(box.density()), Fmt.share(box.mass()),
                            Integer.toString(box.cases()), Integer.toString(box.ofInterest()), Integer.toString(box.restricted().size()),
                            describe(cases, box), box == chosen ? "1" : "0"));
                }
            }
            Prim.Box all = trajectory.get(0);
            try (CsvOutput csv = new CsvOutput(out.file("prim-box.csv"), List.of("input", "data_min", "data_max", "box_min", "box_max", "restricted", "p_value"))) {
                for (int i = 0; i < cases.inputs().size(); i++) {
                    final int d = i;
                    Prim.Restriction r = restrictions.stream().filter(x -> x.input() == d).findFirst().orElse(null);
                    csv.row(List.of(cases.inputs().get(i), Fmt.number(all.lower()[i]), Fmt.number(all.upper()[i]), Fmt.number(chosen.lower()[i]),
                            Fmt.number(chosen.upper()[i]), r == null ? "0" : "1", r == null ? "" : Fmt.number(r.pValue())));
                }
            }
            Files.write(out.file("prim-tradeoff.png"), chart(trajectory, chosen, condition));
            out.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The box's restrictions as text, e.g. {@code parks[yanji].rentPerM2 in [15, 22.3]}. */
    public static String describe(Cases cases, Prim.Box box) {
        List<String> parts = new ArrayList<>();
        for (int d : box.restricted()) {
            parts.add(cases.inputs().get(d) + " in [" + Fmt.number(box.lower()[d]) + ", " + Fmt.number(box.upper()[d]) + "]");
        }
        return String.join("; ", parts);
    }

    public static void print(Cases cases, Prim.Box chosen, List<Prim.Restriction> restrictions, PrintWriter o) {
        o.printf(Locale.ROOT, "chosen box: %d of %d runs, %s of the runs where the condition holds (coverage), %s of its runs meet it (density)%n",
                chosen.cases(), cases.y().length, Fmt.share(chosen.coverage()), Fmt.share(chosen.density()));
        for (Prim.Restriction r : restrictions) {
            // a p-value under double's range comes out as 0: say so rather than print an impossible certainty
            o.printf(Locale.ROOT, "  %-50s in [%s, %s]   p = %s%n", cases.inputs().get(r.input()), Fmt.number(r.lower()), Fmt.number(r.upper()),
                    r.pValue() > 0 ? Fmt.number(r.pValue()) : "below 1e-300");
        }
    }

    private static byte[] chart(List<Prim.Box> trajectory, Prim.Box chosen, String condition) {
        double[] coverage = trajectory.stream().mapToDouble(Prim.Box::coverage).toArray();
        double[] density = trajectory.stream().mapToDouble(Prim.Box::density).toArray();
        return TradeoffChart.draw(coverage, density, trajectory.indexOf(chosen), condition);
    }
}
