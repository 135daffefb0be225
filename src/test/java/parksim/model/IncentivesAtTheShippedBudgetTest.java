package parksim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.scenario.Scenario;

/**
 * What each firm incentive does at the money the shipped Yanji projection has (its yearly
 * appropriations, allOrNothing offers), to firms signed by 2030-12 and open at 2030-12: each
 * variant against the shipped package over {@value #PAIRS} paired replications (common random
 * numbers), by one-sided paired t-tests. The table it prints is the one docs/model.md §8 reports.
 *
 * <p>The shipped money binds: the nine signed firms' contracts and the programmes take most of it, and
 * offers are all or nothing, so a richer term funds fewer newcomers (depth against reach). At this
 * budget a richer rent share signs fewer firms, and dropping the tax rebate or the talent allowance
 * signs more; with ample money each raises signings ({@link IncentiveResponseTest}).
 */
class IncentivesAtTheShippedBudgetTest {
    private static final int PAIRS = 30;
    private static final long FIRST_SEED = 8000;

    private record Outcomes(double[] signed, double[] open) {}

    private static Outcomes run(Scenario s) {
        double[] signed = new double[PAIRS], open = new double[PAIRS];
        for (int r = 0; r < PAIRS; r++) {
            ParkSimulation sim = new ParkSimulation(s, FIRST_SEED + r);
            sim.start();
            sim.runToEnd();
            signed[r] = sim.parks().get(0).signedCum();
            open[r] = sim.parks().get(0).open();
        }
        return new Outcomes(signed, open);
    }

    private static String row(String name, double[] variant, double[] base) {
        double[] d = new double[PAIRS];
        for (int i = 0; i < PAIRS; i++) d[i] = variant[i] - base[i];
        double half = new TDistribution(PAIRS - 1).inverseCumulativeProbability(0.975) * Math.sqrt(StatUtils.variance(d) / PAIRS);
        return String.format(Locale.ROOT, "%-28s %+.2f ± %.2f", name, StatUtils.mean(d), half);
    }

    /** One-sided paired p that {@code hi} exceeds {@code lo} (1 when the mean difference is not positive). */
    private static double pMore(double[] hi, double[] lo) {
        double diff = StatUtils.mean(hi) - StatUtils.mean(lo);
        if (diff <= 0) return 1;
        return new TTest().pairedTTest(hi, lo) / 2;
    }

    @Test
    void atTheShippedBudgetARicherTermReachesFewerFirms() {
        Outcomes base = run(TestScenarios.load("yanji-projection").scenario());
        Outcomes rent0 = run(TestScenarios.with("yanji-projection", "parks[0].policies.rentSubsidy.share", 0.0));
        Outcomes rent1 = run(TestScenarios.with("yanji-projection", "parks[0].policies.rentSubsidy.share", 1.0));
        Outcomes noTax = run(TestScenarios.with("yanji-projection", "parks[0].policies.taxRebate", null));
        Outcomes noTalent = run(TestScenarios.with("yanji-projection", "parks[0].policies.talentSubsidy", null));
        System.out.println("variant vs shipped (30 pairs)  signed by 2030-12 | open 2030-12");
        System.out.println(row("rent share 0", rent0.signed, base.signed) + " | " + row("", rent0.open, base.open));
        System.out.println(row("rent share 1", rent1.signed, base.signed) + " | " + row("", rent1.open, base.open));
        System.out.println(row("tax rebate off", noTax.signed, base.signed) + " | " + row("", noTax.open, base.open));
        System.out.println(row("talent off", noTalent.signed, base.signed) + " | " + row("", noTalent.open, base.open));
        assertTrue(pMore(base.signed, rent1.signed) < 0.05, "rent share 1 signs fewer than 0.5: p " + pMore(base.signed, rent1.signed));
        assertTrue(pMore(noTax.signed, base.signed) < 0.05, "without the tax rebate more sign: p " + pMore(noTax.signed, base.signed));
        assertTrue(pMore(noTalent.signed, base.signed) < 0.05, "without the talent allowance more sign: p " + pMore(noTalent.signed, base.signed));
    }
}
