package parksim.scenario;

import java.io.Serializable;
import parksim.core.Require;

/**
 * The tenant firms' economics.
 *
 * @param initialCashShare        cash a firm brings, as a share of its realised investment
 * @param realisationShare        share of its announced investment a project actually puts in (floor, capacity and jobs follow it)
 * @param realisationMonths       months over which a project puts its realised investment in, from moving in
 * @param productivitySpread      standard deviation of a firm's log productivity
 * @param agglomerationElasticity elasticity of productivity to the cluster size (literature 0.02–0.08)
 * @param exitHazard              monthly chance an open firm closes or leaves for reasons outside the model
 * @param taxRate                 tax paid as a share of output
 * @param listingHazard           monthly chance an eligible firm lists
 * @param listingMinMonths        months of operation before a firm can list
 * @param listingMinOutput        revenue route: output over the last 12 months a firm needs to list, ¥
 * @param preRevenueSegments      pre-revenue route: the segments whose firms may list before they earn revenue
 *                                (R&D-stage biotech, STAR Market fifth standard, HKEX Chapter 18A)
 * @param preRevenueMinInvestment pre-revenue route: the announced investment a firm needs (a stand-in for its valuation), ¥
 * @param preRevenueMinMonths     pre-revenue route: months since signing a firm needs (its R&D record)
 * @param ipoCashShare            cash raised at listing, as a share of realised investment
 * @param preOpeningCostShare     share of fixed costs a firm already bears while fitting out
 */
public record FirmParameters(
        Double initialCashShare,
        Double realisationShare,
        Integer realisationMonths,
        Double productivitySpread,
        Double agglomerationElasticity,
        Double exitHazard,
        Double taxRate,
        Double listingHazard,
        Integer listingMinMonths,
        Double listingMinOutput,
        java.util.List<parksim.core.Segment> preRevenueSegments,
        Double preRevenueMinInvestment,
        Integer preRevenueMinMonths,
        Double ipoCashShare,
        Double preOpeningCostShare) implements Serializable {
    private static final long serialVersionUID = 1L;

    public FirmParameters {
        Require.atLeast(initialCashShare, 0, "initialCashShare");
        Require.between(realisationShare, 0.01, 1, "realisationShare");
        Require.count(realisationMonths, 1, "realisationMonths");
        Require.between(productivitySpread, 0, 3, "productivitySpread");
        Require.between(agglomerationElasticity, 0, 1, "agglomerationElasticity");
        Require.share(exitHazard, "exitHazard");
        Require.share(taxRate, "taxRate");
        Require.share(listingHazard, "listingHazard");
        Require.count(listingMinMonths, 0, "listingMinMonths");
        Require.atLeast(listingMinOutput, 0, "listingMinOutput");
        preRevenueSegments = Require.list(preRevenueSegments, "preRevenueSegments");
        Require.atLeast(preRevenueMinInvestment, 0, "preRevenueMinInvestment");
        Require.count(preRevenueMinMonths, 0, "preRevenueMinMonths");
        Require.atLeast(ipoCashShare, 0, "ipoCashShare");
        Require.share(preOpeningCostShare, "preOpeningCostShare");
    }
}
