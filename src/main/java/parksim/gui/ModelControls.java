package parksim.gui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import sim.util.Interval;

/**
 * The Console's Model tab: the policy levers of one park (chosen with {@code Park}) and key model
 * parameters, as bean properties with sliders ({@code domX}) and descriptions ({@code desX}).
 *
 * <p><b>When a change applies.</b> Policy levers apply at once: the park's package is replaced, so
 * prospects from the next month on are offered the new terms and park-wide programmes run on the new
 * settings, while firms keep the terms they negotiated. The budget, the horizon and the model
 * parameters are built into the simulation when it starts, so they apply at the next start (Stop,
 * then Play). Every change is also kept for later starts. A lever the park's scenario does not offer
 * is hidden: add the instrument to the scenario file to use it.
 */
public final class ModelControls {
    /** The order the inspector lists the properties in (getter names without get/is). */
    static final java.util.List<String> ORDER = java.util.List.of(
            "Park", "LastChange", "RentSubsidyShare", "RentSubsidyMonths", "FitOutSubsidyPerM2", "TaxRebateShare", "TaxRebateMonths", "TalentSubsidyPerEmployeePerYear", "EquityFundShare", "PromotionAwarenessBoost", "EventsPerYear", "PlatformCount", "ListingHazardMultiplier", "BudgetMillions", "Months", "OutsideUtility", "IncentiveShare", "Agglomeration", "SigningProbability", "NegotiationMonths", "ExitHazard");

    /** Ends the description of every lever that applies at once; the Model tab groups by it. */
    static final String AT_ONCE = " Applies at once to prospects from the next month (firms keep the terms they negotiated), and at later starts.";
    /** Ends the description of every value read when a run starts. */
    static final String NEXT_START = " Applies at the next start (press Stop, then Play).";

    private final ParkSimWithUI gui;
    private int park;
    private String lastChange = "none yet";

    ModelControls(ParkSimWithUI gui) {
        this.gui = gui;
    }

    /** Which instruments are visible depends on the park chosen: the inspector is rebuilt when it changes. */
    int layoutKey() { return park; }

    private String parkId() { return gui.parkIds().get(park); }

    private String parkPath() { return "parks[" + parkId() + "]"; }

    private double policy(String field) { return gui.edits().number(parkPath() + ".policies." + field); }

    private boolean lacks(String instrument) { return !gui.edits().has(parkPath() + ".policies." + instrument); }

    private void setPolicy(String field, JsonNode value) {
        lastChange = gui.changePolicy(parkId(), "policies." + field, value);
    }

    private void setForNextStart(String path, JsonNode value) {
        lastChange = gui.changeForNextStart(path, value);
    }

    // ---- which park ---------------------------------------------------------------------------

    public int getPark() { return park; }
    public String namePark() { return "Park"; }
    public void setPark(int index) { if (index >= 0 && index < gui.parkIds().size()) park = index; }
    public Object domPark() { return gui.parkIds().toArray(new String[0]); }
    public String desPark() { return "The park whose policy levers and budget are shown below."; }

    /** What the last change did, or why it was refused. */
    public String getLastChange() { return lastChange; }
    public String nameLastChange() { return "Last change"; }
    public String desLastChange() { return "The last change made here, and when it applies."; }

    // ---- policies of the chosen park: at once -------------------------------------------------

    public double getRentSubsidyShare() { return policy("rentSubsidy.share"); }
    public String nameRentSubsidyShare() { return "Rent subsidy, share of rent (0–1)"; }
    public void setRentSubsidyShare(double v) { setPolicy("rentSubsidy.share", DoubleNode.valueOf(v)); }
    public Object domRentSubsidyShare() { return new Interval(0.0, 1.0); }
    public String desRentSubsidyShare() { return "Share of a tenant's rent the park pays after it moves in." + AT_ONCE; }
    public boolean hideRentSubsidyShare() { return lacks("rentSubsidy"); }

    public int getRentSubsidyMonths() { return (int) policy("rentSubsidy.months"); }
    public String nameRentSubsidyMonths() { return "Rent subsidy, months"; }
    public void setRentSubsidyMonths(int v) { setPolicy("rentSubsidy.months", IntNode.valueOf(v)); }
    public Object domRentSubsidyMonths() { return new Interval(0L, 120L); }
    public String desRentSubsidyMonths() { return "Months of tenancy the rent subsidy lasts." + AT_ONCE; }
    public boolean hideRentSubsidyMonths() { return lacks("rentSubsidy"); }

    public double getFitOutSubsidyPerM2() { return policy("fitOutSubsidy.perM2"); }
    public String nameFitOutSubsidyPerM2() { return "Fit-out grant (¥ per m²)"; }
    public void setFitOutSubsidyPerM2(double v) { setPolicy("fitOutSubsidy.perM2", DoubleNode.valueOf(v)); }
    public Object domFitOutSubsidyPerM2() { return new Interval(0.0, 2000.0); }
    public String desFitOutSubsidyPerM2() { return "One-off grant per m² of floor, ¥, paid when a tenant moves in (capped per firm)." + AT_ONCE; }
    public boolean hideFitOutSubsidyPerM2() { return lacks("fitOutSubsidy"); }

    public double getTaxRebateShare() { return policy("taxRebate.share"); }
    public String nameTaxRebateShare() { return "Tax rebate, share of tax (0–1)"; }
    public void setTaxRebateShare(double v) { setPolicy("taxRebate.share", DoubleNode.valueOf(v)); }
    public Object domTaxRebateShare() { return new Interval(0.0, 1.0); }
    public String desTaxRebateShare() { return "Share of the tax a tenant pays that the park returns after it opens." + AT_ONCE; }
    public boolean hideTaxRebateShare() { return lacks("taxRebate"); }

    public int getTaxRebateMonths() { return (int) policy("taxRebate.months"); }
    public String nameTaxRebateMonths() { return "Tax rebate, months"; }
    public void setTaxRebateMonths(int v) { setPolicy("taxRebate.months", IntNode.valueOf(v)); }
    public Object domTaxRebateMonths() { return new Interval(0L, 120L); }
    public String desTaxRebateMonths() { return "Months after opening the tax rebate lasts." + AT_ONCE; }
    public boolean hideTaxRebateMonths() { return lacks("taxRebate"); }

    public double getTalentSubsidyPerEmployeePerYear() { return policy("talentSubsidy.perEmployeePerYear"); }
    public String nameTalentSubsidyPerEmployeePerYear() { return "Talent subsidy (¥ per employee a year)"; }
    public void setTalentSubsidyPerEmployeePerYear(double v) { setPolicy("talentSubsidy.perEmployeePerYear", DoubleNode.valueOf(v)); }
    public Object domTalentSubsidyPerEmployeePerYear() { return new Interval(0.0, 100000.0); }
    public String desTalentSubsidyPerEmployeePerYear() { return "Talent subsidy per employee, ¥ a year, after a tenant opens." + AT_ONCE; }
    public boolean hideTalentSubsidyPerEmployeePerYear() { return lacks("talentSubsidy"); }

    public double getEquityFundShare() { return policy("equityFund.share"); }
    public String nameEquityFundShare() { return "Equity stake, share of investment (0–1)"; }
    public void setEquityFundShare(double v) { setPolicy("equityFund.share", DoubleNode.valueOf(v)); }
    public Object domEquityFundShare() { return new Interval(0.0, 1.0); }
    public String desEquityFundShare() { return "Stake the park's equity fund takes in a signing firm, as a share of its investment (capped per firm, while capital lasts)." + AT_ONCE; }
    public boolean hideEquityFundShare() { return lacks("equityFund"); }

    public double getPromotionAwarenessBoost() { return policy("targetedPromotion.awarenessBoost"); }
    public String namePromotionAwarenessBoost() { return "Promotion, added monthly chance to hear of the park (0–1)"; }
    public void setPromotionAwarenessBoost(double v) { setPolicy("targetedPromotion.awarenessBoost", DoubleNode.valueOf(v)); }
    public Object domPromotionAwarenessBoost() { return new Interval(0.0, 1.0); }
    public String desPromotionAwarenessBoost() { return "Added chance that a prospect of a targeted segment hears of the park each month." + AT_ONCE; }
    public boolean hidePromotionAwarenessBoost() { return lacks("targetedPromotion"); }

    public double getEventsPerYear() { return policy("events.perYear"); }
    public String nameEventsPerYear() { return "Events a year"; }
    public void setEventsPerYear(double v) { setPolicy("events.perYear", DoubleNode.valueOf(v)); }
    public Object domEventsPerYear() { return new Interval(0.0, 52.0); }
    public String desEventsPerYear() { return "Events and summits a year, each raising the park's visibility for a while." + AT_ONCE; }
    public boolean hideEventsPerYear() { return lacks("events"); }

    public int getPlatformCount() { return (int) policy("platforms.count"); }
    public String namePlatformCount() { return "Public service platforms"; }
    public void setPlatformCount(int v) { setPolicy("platforms.count", IntNode.valueOf(v)); }
    public Object domPlatformCount() { return new Interval(0L, 200L); }
    public String desPlatformCount() { return "Public service platforms open (shared labs, pilot lines): prospects value them and they shorten fit-out." + AT_ONCE; }
    public boolean hidePlatformCount() { return lacks("platforms"); }

    public double getListingHazardMultiplier() { return policy("listingSupport.hazardMultiplier"); }
    public String nameListingHazardMultiplier() { return "Listing support, × chance of listing"; }
    public void setListingHazardMultiplier(double v) { setPolicy("listingSupport.hazardMultiplier", DoubleNode.valueOf(v)); }
    public Object domListingHazardMultiplier() { return new Interval(1.0, 10.0); }
    public String desListingHazardMultiplier() { return "How much listing support multiplies a mature tenant's monthly chance of listing." + AT_ONCE; }
    public boolean hideListingHazardMultiplier() { return lacks("listingSupport"); }

    // ---- the chosen park's budget, the horizon and model parameters: next start -----------------

    public double getBudgetMillions() { return gui.edits().number(parkPath() + ".budget") / 1e6; }
    public String nameBudgetMillions() { return "Incentive budget of the park (¥M)"; }
    public void setBudgetMillions(double v) { setForNextStart(parkPath() + ".budget", DoubleNode.valueOf(v * 1e6)); }
    public String desBudgetMillions() { return "The park's incentive budget over the scenario, ¥M." + NEXT_START; }

    public int getMonths() { return (int) gui.edits().number("months"); }
    public String nameMonths() { return "Months to run"; }
    public void setMonths(int v) { setForNextStart("months", IntNode.valueOf(v)); }
    public String desMonths() { return "Months the run lasts from the scenario's start." + NEXT_START; }

    public double getOutsideUtility() { return gui.edits().number("model.choice.outsideUtility"); }
    public String nameOutsideUtility() { return "Utility of another region (coefficient)"; }
    public void setOutsideUtility(double v) { setForNextStart("model.choice.outsideUtility", DoubleNode.valueOf(v)); }
    public Object domOutsideUtility() { return new Interval(-2.0, 6.0); }
    public String desOutsideUtility() { return "Utility of going to another region: higher means fewer prospects choose any park." + NEXT_START; }

    public double getIncentiveShare() { return gui.edits().number("model.choice.incentiveShare"); }
    public String nameIncentiveShare() { return "Weight of incentives in the choice (coefficient)"; }
    public void setIncentiveShare(double v) { setForNextStart("model.choice.incentiveShare", DoubleNode.valueOf(v)); }
    public Object domIncentiveShare() { return new Interval(0.0, 10.0); }
    public String desIncentiveShare() { return "Choice coefficient on incentives as a share of a project's investment." + NEXT_START; }

    public double getAgglomeration() { return gui.edits().number("model.choice.agglomeration"); }
    public String nameAgglomeration() { return "Weight of the cluster in the choice (coefficient)"; }
    public void setAgglomeration(double v) { setForNextStart("model.choice.agglomeration", DoubleNode.valueOf(v)); }
    public Object domAgglomeration() { return new Interval(0.0, 2.0); }
    public String desAgglomeration() { return "Choice coefficient on the cluster of same-segment and complementary tenants." + NEXT_START; }

    public double getSigningProbability() { return gui.edits().number("model.pipeline.signingProbability"); }
    public String nameSigningProbability() { return "Chance a negotiation ends in signing (0–1)"; }
    public void setSigningProbability(double v) { setForNextStart("model.pipeline.signingProbability", DoubleNode.valueOf(v)); }
    public Object domSigningProbability() { return new Interval(0.0, 1.0); }
    public String desSigningProbability() { return "Chance a concluded negotiation ends in an entry agreement." + NEXT_START; }

    public double getNegotiationMonths() { return gui.edits().number("model.pipeline.negotiationMonths"); }
    public String nameNegotiationMonths() { return "Negotiation, mean months"; }
    public void setNegotiationMonths(double v) { setForNextStart("model.pipeline.negotiationMonths", DoubleNode.valueOf(v)); }
    public Object domNegotiationMonths() { return new Interval(1.0, 24.0); }
    public String desNegotiationMonths() { return "Mean months a negotiation lasts." + NEXT_START; }

    public double getExitHazard() { return gui.edits().number("model.firms.exitHazard"); }
    public String nameExitHazard() { return "Chance a tenant exits, per month (0–1)"; }
    public void setExitHazard(double v) { setForNextStart("model.firms.exitHazard", DoubleNode.valueOf(v)); }
    public Object domExitHazard() { return new Interval(0.0, 0.05); }
    public String desExitHazard() { return "Monthly chance an open tenant closes or leaves for reasons outside the model." + NEXT_START; }

    @Override
    public String toString() { return "Model"; }
}
