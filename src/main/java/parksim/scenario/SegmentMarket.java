package parksim.scenario;

import java.io.Serializable;
import parksim.core.FieldException;
import parksim.core.Require;

/**
 * The national flow of mobile projects of one segment and what a typical project looks like.
 *
 * @param arrivalsPerMonth   mean prospects per month in the market's {@code asOf} month (Poisson)
 * @param arrivalsGrowth     yearly growth of the prospect flow (0.1 = +10 % a year)
 * @param investmentMedian   median investment of a project, in ¥
 * @param investmentSpread   standard deviation of log investment
 * @param investmentMax      the largest investment a project announces, ¥: the log-normal is truncated there, so no
 *                           project's size, and no firm's capacity, has an unbounded tail
 * @param floorPerMillion    floor a project needs per ¥1M of its realised investment, m²
 * @param outputPerInvestment annual output at full operation per ¥ of realised investment
 * @param grossMargin        share of output left after variable costs
 * @param fixedCostShare     yearly fixed costs as a share of capacity (annual output at full operation)
 * @param employeesPer1000M2 jobs per 1,000 m² of occupied floor
 * @param initialUtilisation industry-wide share of capacity in use in the market's {@code asOf} month, before the
 *                           modelled parks add capacity
 * @param demandPerYear      national demand for the segment's output in the market's {@code asOf} month, ¥ a year
 * @param demandGrowth       yearly growth of demand for the segment's output
 */
public record SegmentMarket(
        Double arrivalsPerMonth,
        Double arrivalsGrowth,
        Double investmentMedian,
        Double investmentSpread,
        Double investmentMax,
        Double floorPerMillion,
        Double outputPerInvestment,
        Double grossMargin,
        Double fixedCostShare,
        Double employeesPer1000M2,
        Double initialUtilisation,
        Double demandPerYear,
        Double demandGrowth) implements Serializable {
    private static final long serialVersionUID = 1L;

    public SegmentMarket {
        Require.atLeast(arrivalsPerMonth, 0, "arrivalsPerMonth");
        Require.between(arrivalsGrowth, -0.99, 10, "arrivalsGrowth");
        Require.positive(investmentMedian, "investmentMedian");
        Require.between(investmentSpread, 0, 5, "investmentSpread");
        if (Require.positive(investmentMax, "investmentMax") <= investmentMedian) {
            throw new FieldException("investmentMax", "more than investmentMedian (" + Require.fmt(investmentMedian) + ")",
                    Require.fmt(investmentMax));
        }
        Require.positive(floorPerMillion, "floorPerMillion");
        Require.positive(outputPerInvestment, "outputPerInvestment");
        Require.share(grossMargin, "grossMargin");
        Require.atLeast(fixedCostShare, 0, "fixedCostShare");
        Require.atLeast(employeesPer1000M2, 0, "employeesPer1000M2");
        Require.between(initialUtilisation, 0.01, 1, "initialUtilisation");
        Require.positive(demandPerYear, "demandPerYear");
        Require.between(demandGrowth, -0.99, 10, "demandGrowth");
    }
}
