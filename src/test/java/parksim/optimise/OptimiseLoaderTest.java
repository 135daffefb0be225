package parksim.optimise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import parksim.experiment.Variant;

/** The bundled optimisation file resolved against its scenario: ranges from the instruments' declarations, packages, candidates. */
class OptimiseLoaderTest {
    private final OptimiseProblem p = OptimiseLoader.load(Path.of("scenarios/experiments/optimise-yanji.json"));

    private LeverSpec lever(String name) {
        return p.levers().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void rangesComeFromTheInstrumentsLeverDeclarationsUnlessGiven() {
        LeverSpec share = lever("rent relief share");
        assertEquals(0, share.min());
        assertEquals(1, share.max(), "RentSubsidy declares share 0–1");
        assertTrue(share.description().startsWith("Share of a tenant's rent"), "the declaration's description");
        LeverSpec months = lever("rent relief months");
        assertEquals(60, months.max(), "the file narrows the declared 0–120");
        assertTrue(months.integer(), "declared a whole number");
        assertTrue(lever("events a year").integer(), "given as a whole number");
    }

    @Test
    void aCandidateSetsItsLeversTheirScaledCostsAndItsBudget() {
        double[] u = new double[p.dimension()];
        u[p.levers().indexOf(lever("promotion reach"))] = 0.5;
        u[p.dimension() - 1] = 1;
        Variant v = p.variant("c", p.values(u), p.budget(u, Double.NaN));
        assertEquals("0.18", v.factorValues().get("parks[yanji].policies.targetedPromotion.awarenessBoost"));
        assertEquals("225000", v.factorValues().get("parks[yanji].policies.targetedPromotion.costPerMonth"), "¥1.25M a month per unit of reach");
        assertEquals("20000000", v.factorValues().get("parks[yanji].appropriations.*"), "the budget lever at its top: the largest yearly budget");
        assertEquals(0.18, v.scenario().parks().get(0).policies().get(parksim.policy.TargetedPromotion.class).awarenessBoost(), 1e-12);
    }

    @Test
    void theHandWrittenPackagesWithTheirBudgetsAndSettings() {
        assertEquals(List.of("baseline", "rent-heavy", "promotion-university", "equity-fund", "events", "phase-2", "combined"),
                p.packages().stream().map(OptimiseProblem.HandWritten::name).toList());
        assertEquals(20e6, p.packages().get(0).budget(), "every package has the shipped ¥20M a year");
        assertEquals(20e6, p.packages().get(4).budget());
        assertArrayEquals(p.start(), p.packages().get(0).unit(), 1e-12, "the baseline is the scenario's own settings");
        assertEquals(1.0, p.packages().get(4).unit()[p.levers().indexOf(lever("events a year"))], 1e-12, "12 events a year, the lever's top");
        long distinct = p.packages().stream().map(h -> java.util.Arrays.toString(h.unit())).distinct().count();
        assertEquals(distinct, p.starts().size(), "NSGA-II starts from each package with distinct lever settings (phase-2 builds floor, no lever)");
    }
}
