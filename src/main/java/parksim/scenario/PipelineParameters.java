package parksim.scenario;

import java.io.Serializable;
import parksim.core.Require;

/**
 * How a firm moves from first contact to full operation.
 *
 * @param negotiationMonths  mean months a negotiation lasts (geometric)
 * @param signingProbability chance a concluded negotiation ends in an entry agreement
 * @param moveInLagMonths    least months between signing and moving in (design, approvals)
 * @param withdrawalHazard   monthly chance a signed firm that has not moved in withdraws
 * @param maxWaitMonths      a signed firm withdraws after waiting this long for completed floor
 * @param fitOutMonths       months of fit-out before trial production, before platforms shorten it
 * @param trialMonths        months of trial production (figure Y7: Sep–Dec 2024)
 * @param trialOutputShare   output during trial, as a share of capacity
 * @param rampMonths         months from the start of operation to full capacity
 * @param rampStart          share of capacity in the first month of operation
 */
public record PipelineParameters(
        Double negotiationMonths,
        Double signingProbability,
        Integer moveInLagMonths,
        Double withdrawalHazard,
        Integer maxWaitMonths,
        Integer fitOutMonths,
        Integer trialMonths,
        Double trialOutputShare,
        Integer rampMonths,
        Double rampStart) implements Serializable {
    private static final long serialVersionUID = 1L;

    public PipelineParameters {
        Require.atLeast(negotiationMonths, 1, "negotiationMonths");
        Require.share(signingProbability, "signingProbability");
        Require.count(moveInLagMonths, 0, "moveInLagMonths");
        Require.share(withdrawalHazard, "withdrawalHazard");
        Require.count(maxWaitMonths, 1, "maxWaitMonths");
        Require.count(fitOutMonths, 1, "fitOutMonths");
        Require.count(trialMonths, 0, "trialMonths");
        Require.share(trialOutputShare, "trialOutputShare");
        Require.count(rampMonths, 1, "rampMonths");
        Require.share(rampStart, "rampStart");
    }
}
