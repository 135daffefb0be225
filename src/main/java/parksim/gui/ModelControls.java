package parksim.gui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.List;
import parksim.policy.InstrumentCatalog;
import parksim.policy.InstrumentKind;
import parksim.policy.Lever;
import parksim.scenario.ScenarioPath;
import sim.util.Interval;
import sim.util.Properties;
import sim.util.SimpleProperties;

/**
 * The Console's Model tab: the policy levers of one park (chosen with {@code Park}), one per lever
 * that each registered instrument declares ({@link PolicyLevers}), and key model parameters, as bean
 * properties with sliders ({@code domX}) and descriptions ({@code desX}).
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
            "Park", "LastChange", "BudgetMillions", "BuildPhase2", "Months", "OutsideUtility", "IncentiveShare", "Agglomeration", "SigningProbability", "NegotiationMonths", "ExitHazard");

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

    private String parkPath(String field) { return ScenarioPath.park(parkId(), field).text(); }

    /** The chosen park's lever {@code instrument.field} (e.g. {@code rentSubsidy.share}) as a scenario path. */
    private ScenarioPath leverPath(String key) {
        int dot = key.indexOf('.');
        return ScenarioPath.policy(parkId(), key.substring(0, dot), key.substring(dot + 1));
    }

    /** The value of the chosen park's lever {@code instrument.field} (e.g. {@code rentSubsidy.share}). */
    public double lever(String key) { return gui.edits().number(leverPath(key).text()); }

    /** Sets the chosen park's lever {@code instrument.field}: it applies at once. */
    public void setLever(String key, double value) {
        Lever lever = leverOf(key);
        JsonNode node = lever != null && lever.whole() ? IntNode.valueOf((int) Math.round(value)) : DoubleNode.valueOf(value);
        lastChange = gui.changePolicy(leverPath(key), node);
    }

    private Lever leverOf(String key) {
        int dot = key.indexOf('.');
        InstrumentKind e = dot < 0 ? null : catalog().get(key.substring(0, dot));
        return e == null ? null : e.lever(key.substring(dot + 1));
    }

    /** The instruments whose levers the tab offers. */
    InstrumentCatalog catalog() { return gui.catalog(); }

    /** Whether the chosen park's scenario offers the instrument (its levers are hidden otherwise). */
    boolean offers(String instrument) { return gui.edits().has(ScenarioPath.policy(parkId(), instrument, null).text()); }

    /**
     * What the Model tab shows: this bean's properties (park, last change, values for the next start) and
     * the registered instruments' levers.
     */
    public Properties allProperties() {
        return new ComposedProperties(this, List.of(new SimpleProperties(this), new PolicyLevers(this)));
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

    // ---- the chosen park's budget, the horizon and model parameters: next start -----------------

    public double getBudgetMillions() { return gui.edits().number(parkPath("budget")) / 1e6; }
    public String nameBudgetMillions() { return "Incentive money as a lump sum (¥M)"; }
    public void setBudgetMillions(double v) { setForNextStart(parkPath("budget"), DoubleNode.valueOf(v * 1e6)); }
    public String desBudgetMillions() {
        return "Incentive money available from the start, ¥M, on top of the park's yearly appropriations (if its scenario has any)." + NEXT_START;
    }

    public boolean getBuildPhase2() {
        return gui.edits().has(parkPath("expansion")) && !gui.edits().text(parkPath("expansion.build")).equals("false");
    }
    public String nameBuildPhase2() { return "Build phase 2"; }
    public void setBuildPhase2(boolean v) {
        if (!gui.edits().has(parkPath("expansion"))) {
            lastChange = "refused: the park's scenario gives no expansion (land, plot ratio, phase cost): add one to the scenario file";
            return;
        }
        setForNextStart(parkPath("expansion.build"), com.fasterxml.jackson.databind.node.BooleanNode.valueOf(v));
    }
    public String desBuildPhase2() {
        return "Whether the zone builds further phases of floor when the park fills up (its scenario's expansion: phase size, cost per m², "
                + "lead time, construction budget, within land × plot ratio)." + NEXT_START;
    }

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
