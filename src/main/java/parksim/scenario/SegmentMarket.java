package parksim.scenario;

import java.io.Serializable;
import parksim.core.Require;

/**
 * The national flow of mobile projects of one segment and what a typical project looks like.
 *
 * @param arrivalsPerMonth   mean prospects per month in the market's {@code asOf} month (Poisson)
 * @param arrivalsGrowth     yearly growth of the prospect flow (0.1 = +10 % a year)
 * @param investmentMedian   median investment of a project, in ¥
 * @param investmentSpread   standard deviation of log investment
 * @param floorPerMillion    floor a project needs per ¥1M of investment, m²
 * @param outputPerInvestment annual output at full operation per ¥ invested
 * @param grossMargin        share of output left after variable costs
 * @param fixedCostShare     yearly fixed costs as a share of capacity (annual output at full operation)
 * @param employeesPer1000M2 jobs per 1,000 m² of occupied floor
 * @param initialUtilisation share of capacity the segment's demand supports in the market's {@code asOf} month
 * @param demandGrowth       yearly growth of demand for the segment's output
 */
public record SegmentMarket(
        Double arrivalsPerMonth,
        Double arrivalsGrowth,
        Double investmentMedian,
        Double investmentSpread,
        Double floorPerMillion,
        Double outputPerInvestment,
        Double grossMargin,
        Double fixedCostShare,
        Double employeesPer1000M2,
        Double initialUtilisation,
        Double demandGrowth) implements Serializable {
    private static final long serialVersionUID = 1L;

    public SegmentMarket {
        Require.atLeast(arrivalsPerMonth, 0, "arrivalsPerMonth");
        Require.between(arrivalsGrowth, -0.99, 10, "arrivalsGrowth");
        Require.positive(investmentMedian, "investmentMedian");
        Require.between(investmentSpread, 0, 5, "investmentSpread");
        Require.positive(floorPerMillion, "floorPerMillion");
        Require.positive(outputPerInvestment, "outputPerInvestment");
        Require.share(grossMargin, "grossMargin");
        Require.atLeast(fixedCostShare, 0, "fixedCostShare");
        Require.atLeast(employeesPer1000M2, 0, "employeesPer1000M2");
        Require.share(initialUtilisation, "initialUtilisation");
        Require.between(demandGrowth, -0.99, 10, "demandGrowth");
    }
}
