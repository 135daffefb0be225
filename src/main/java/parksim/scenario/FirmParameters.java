package parksim.scenario;

import java.io.Serializable;
import parksim.core.Require;

/**
 * The tenant firms' economics.
 *
 * @param initialCashShare        cash a firm brings, as a share of its investment
 * @param productivitySpread      standard deviation of a firm's log productivity
 * @param agglomerationElasticity elasticity of productivity to the cluster size (literature 0.02–0.08)
 * @param exitHazard              monthly chance an open firm closes or leaves for reasons outside the model
 * @param taxRate                 tax paid as a share of output
 * @param listingHazard           monthly chance an eligible firm lists
 * @param listingMinMonths        months of operation before a firm can list
 * @param listingMinOutput        output over the last 12 months a firm needs to list, ¥
 * @param ipoCashShare            cash raised at listing, as a share of investment
 * @param preOpeningCostShare     share of fixed costs a firm already bears while fitting out
 */
public record FirmParameters(
        Double initialCashShare,
        Double productivitySpread,
        Double agglomerationElasticity,
        Double exitHazard,
        Double taxRate,
        Double listingHazard,
        Integer listingMinMonths,
        Double listingMinOutput,
        Double ipoCashShare,
        Double preOpeningCostShare) implements Serializable {
    private static final long serialVersionUID = 1L;

    public FirmParameters {
        Require.atLeast(initialCashShare, 0, "initialCashShare");
        Require.between(productivitySpread, 0, 3, "productivitySpread");
        Require.between(agglomerationElasticity, 0, 1, "agglomerationElasticity");
        Require.share(exitHazard, "exitHazard");
        Require.share(taxRate, "taxRate");
        Require.share(listingHazard, "listingHazard");
        Require.count(listingMinMonths, 0, "listingMinMonths");
        Require.atLeast(listingMinOutput, 0, "listingMinOutput");
        Require.atLeast(ipoCashShare, 0, "ipoCashShare");
        Require.share(preOpeningCostShare, "preOpeningCostShare");
    }
}
