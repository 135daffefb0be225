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
 * offers are all or nothing, so a richer term funds fewer newcomers (depth against reach): the test
 * asserts that on the firms funded (signed with a budget-funded incentive), one-sided paired t at 5 %,
 * and prints what follows for signings and openings, which may go either way; with ample money each
 * term raises signings ({@link IncentiveResponseTest}).
 */
class IncentivesAtTheShippedBudgetTest {
    private static final int PAIRS = 100;
    private static final long FIRST_SEED = 8000;

    private record Outcomes(double[] signed, double[] open, double[] funded) {}

    private static Outcomes run(Scenario s) {
        double[] signed = new double[PAIRS], open = new double[PAIRS], funded = new double[PAIRS];
        for (int r = 0; r < PAIRS; r++) {
            ParkSimulation sim = new ParkSimulation(s, FIRST_SEED + r);
            sim.start();
            sim.runToEnd();
            signed[r] = sim.parks().get(0).signedCum();
            open[r] = sim.parks().get(0).open();
            funded[r] = sim.parks().get(0).signedWithIncentiveShare() * signed[r];
        }
        return new Outcomes(signed, open, funded);
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
    void atTheShippedBudgetARicherTermFundsFewerFirms() {
        Outcomes base = run(TestScenarios.load("yanji-projection").scenario());
        Outcomes rent0 = run(TestScenarios.with("yanji-projection", "parks[0].policies.rentSubsidy.share", 0.0));
        Outcomes rent1 = run(TestScenarios.with("yanji-projection", "parks[0].policies.rentSubsidy.share", 1.0));
        Outcomes noTax = run(TestScenarios.with("yanji-projection", "parks[0].policies.taxRebate", null));
        Outcomes noTalent = run(TestScenarios.with("yanji-projection", "parks[0].policies.talentSubsidy", null));
        System.out.println("variant vs shipped (" + PAIRS + " pairs)  signed by 2030-12 | open 2030-12 | funded (signed with a budget-funded incentive)");
        System.out.println(row("rent share 0", rent0.signed, base.signed) + " | " + row("", rent0.open, base.open) + " | " + row("", rent0.funded, base.funded));
        System.out.println(row("rent share 1", rent1.signed, base.signed) + " | " + row("", rent1.open, base.open) + " | " + row("", rent1.funded, base.funded));
        System.out.println(row("tax rebate off", noTax.signed, base.signed) + " | " + row("", noTax.open, base.open) + " | " + row("", noTax.funded, base.funded));
        System.out.println(row("talent off", noTalent.signed, base.signed) + " | " + row("", noTalent.open, base.open) + " | " + row("", noTalent.funded, base.funded));
        // What the money does, whichever way the totals go: a richer term funds fewer of the firms that sign.
        assertTrue(pMore(base.funded, rent1.funded) < 0.05, "rent share 1 funds fewer firms than 0.5: p " + pMore(base.funded, rent1.funded));
        assertTrue(pMore(rent0.funded, base.funded) < 0.05, "without rent relief more firms are funded: p " + pMore(rent0.funded, base.funded));
        assertTrue(pMore(noTax.funded, base.funded) < 0.05, "without the tax rebate more firms are funded: p " + pMore(noTax.funded, base.funded));
        assertTrue(pMore(noTalent.funded, base.funded) < 0.05, "without the talent allowance more firms are funded: p " + pMore(noTalent.funded, base.funded));
    }
}
