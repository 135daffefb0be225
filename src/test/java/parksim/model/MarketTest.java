package parksim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import parksim.TestScenarios;
import parksim.core.Segment;
import parksim.scenario.Scenario;
import parksim.scenario.SegmentMarket;

class MarketTest {
    private static List<Prospect> arrivals(Scenario s, int months) {
        ParkSimulation sim = TestScenarios.started(s);
        List<Prospect> all = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            sim.stepMonth();
            all.addAll(sim.market().arrivals());
        }
        return all;
    }

    @Test
    void policyVariantsWithTheSameSeedMeetTheSameProspects() {
        List<Prospect> base = arrivals(TestScenarios.load("yanji-hindcast").scenario(), 24);
        List<Prospect> generous = arrivals(TestScenarios.with("yanji-hindcast", "parks[0].policies.rentSubsidy.share", 1.0,
                "parks[0].visibility", 0.5), 24);
        assertEquals(base, generous);
        assertNotEquals(base, arrivals(TestScenarios.with("yanji-hindcast", "seed", 7), 24), "another seed, other prospects");
    }

    @Test
    void arrivalsFollowTheSegmentRates() {
        Scenario s = TestScenarios.with("yanji-hindcast", "model.firms.productivitySpread", 0.25);
        List<Prospect> all = arrivals(s, 24);
        double expected = 0;
        for (var m : s.market().segments().values()) {
            for (int month = 0; month < 24; month++) expected += m.arrivalsPerMonth() * Math.pow(1 + m.arrivalsGrowth(), month / 12.0);
        }
        assertEquals(expected, all.size(), 4 * Math.sqrt(expected), "Poisson total within four standard deviations");
    }

    @Test
    void utilisationIsDemandOverTheRestOfTheCountryPlusTheParksOpenCapacity() {
        ParkSimulation sim = TestScenarios.started(TestScenarios.load("china-cell-parks").scenario());
        boolean fell = false;
        for (int m = 0; m < 180; m++) {
            double[] parksCapacity = new double[Segment.COUNT];
            for (Park p : sim.parks()) for (Segment s : Segment.values()) parksCapacity[s.ordinal()] += p.openCapacity(s);
            sim.stepMonth();
            for (Segment s : Segment.values()) {
                double demand = sim.market().demandPerYear(s);
                double usual = sim.market().usualUtilisation(s);
                double expected = Math.min(1, demand / (demand / usual + parksCapacity[s.ordinal()]));
                assertEquals(expected, sim.market().utilisation(s), 1e-12, sim.currentMonth() + " " + s);
                fell |= sim.market().utilisation(s) < usual * 0.99;
            }
        }
        assertTrue(fell, "four parks' capacity lowers some segment's utilisation by more than 1 %");
    }

    @Test
    void moreFirmsInAParkLowerEveryonesUtilisation() {
        // Paired over 10 seeds: Chengdu twice as visible lands more firms, so production runs at a lower utilisation
        // in 2030 and fewer prospects of the segment go ahead; a one-sided paired t-test at 1 %.
        double[] differences = new double[10];
        for (int i = 0; i < differences.length; i++) {
            long seed = 100 + i;
            double base = utilisationAtEnd(TestScenarios.with("chengdu-tianfu", "seed", seed));
            double busier = utilisationAtEnd(TestScenarios.with("chengdu-tianfu", "seed", seed, "parks[0].visibility", 0.05));
            differences[i] = base - busier;
        }
        double p = new TTest().tTest(0, differences) / 2;
        assertTrue(java.util.Arrays.stream(differences).average().orElseThrow() > 0 && p < 0.01,
                "utilisation falls as the park grows: differences " + java.util.Arrays.toString(differences));
    }

    private static double utilisationAtEnd(Scenario s) {
        ParkSimulation sim = TestScenarios.ranToEnd(s);
        return sim.market().utilisation(Segment.PRODUCTION);
    }

    @Test
    void projectSizesFollowALogNormalCutAtTheLargestAnnouncedProject() {
        Scenario s = TestScenarios.with("chengdu-tianfu", "market.segments.*.investmentMax", 2e9);
        List<Prospect> all = arrivals(s, 180);
        SegmentMarket m = s.market().segments().get(Segment.RESEARCH);
        double sigma = m.investmentSpread(), median = m.investmentMedian(), max = m.investmentMax();
        NormalDistribution z = new NormalDistribution(null, 0, 1);
        double cut = z.cumulativeProbability(Math.log(max / median) / sigma);
        double[] research = all.stream().filter(p -> p.segment() == Segment.RESEARCH).mapToDouble(Prospect::announced).toArray();
        assertTrue(research.length > 1000);
        for (Prospect p : all) assertTrue(p.announced() <= max, "no project above the cap: " + p.announced());
        // Kolmogorov–Smirnov against the truncated log-normal's CDF (commons-math3's exact test).
        double pValue = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(
                new org.apache.commons.math3.distribution.AbstractRealDistribution(null) {
                    @Override public double cumulativeProbability(double x) {
                        return x <= 0 ? 0 : Math.min(1, z.cumulativeProbability(Math.log(x / median) / sigma) / cut);
                    }
                    @Override public double density(double x) { throw new UnsupportedOperationException(); }
                    @Override public double getNumericalMean() { throw new UnsupportedOperationException(); }
                    @Override public double getNumericalVariance() { throw new UnsupportedOperationException(); }
                    @Override public double getSupportLowerBound() { return 0; }
                    @Override public double getSupportUpperBound() { return max; }
                    @Override public boolean isSupportLowerBoundInclusive() { return false; }
                    @Override public boolean isSupportUpperBoundInclusive() { return true; }
                    @Override public boolean isSupportConnected() { return true; }
                }, research);
        assertTrue(pValue > 0.001, "sizes follow the truncated log-normal (KS p = " + pValue + ")");
        for (Prospect p : all) {
            assertEquals(p.announced() * s.model().firms().realisationShare(), p.investment(), 1e-3, "realised = share × announced");
        }
    }

    @Test
    void aSaturatedSegmentHoldsProjectsBack() {
        // Paired over 8 seeds in the four-park world: with investment responding to saturation (elasticity 4), fewer
        // prospects go ahead, so the parks open fewer talks by 2030 than when it does not respond (elasticity 0).
        double[] differences = new double[8];
        for (int i = 0; i < differences.length; i++) {
            long seed = 200 + i;
            differences[i] = contacts(TestScenarios.with("china-cell-parks", "seed", seed, "market.saturationElasticity", 0))
                    - contacts(TestScenarios.with("china-cell-parks", "seed", seed, "market.saturationElasticity", 4));
        }
        double p = new TTest().tTest(0, differences) / 2;
        assertTrue(java.util.Arrays.stream(differences).average().orElseThrow() > 0 && p < 0.01,
                "saturation holds projects back: " + java.util.Arrays.toString(differences));
    }

    private static double contacts(Scenario s) {
        double sum = 0;
        for (Park p : TestScenarios.ranToEnd(s).parks()) sum += p.contactsCum();
        return sum;
    }
}
