package parksim.gui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parksim.policy.InstrumentCatalog;
import parksim.policy.InstrumentKind;
import parksim.policy.Lever;
import parksim.scenario.ScenarioPath;
import sim.util.Properties;
import sim.util.SimpleProperties;

/**
 * The Console's Model tab: the policy levers of one park (chosen with {@code Park}), one per lever
 * that each instrument of the catalog declares ({@link PolicyLevers}), and key model parameters, one
 * per lever of {@link #PARAMETERS} ({@link ModelLevers}), as properties with sliders and descriptions;
 * the park, the budget, phase 2 and the horizon, which need more than a number at a path, are bean
 * properties ({@code getX}, {@code domX}, {@code desX}).
 *
 * <p><b>When a change applies.</b> Policy levers apply at once: the park's package is replaced, so
 * prospects from the next month on are offered the new terms and park-wide programmes run on the new
 * settings, while firms keep the terms they negotiated. The budget, the horizon and the model
 * parameters are built into the simulation when it starts, so they apply at the next start (Stop,
 * then Play). Every change is also kept for later starts. A lever the park's scenario does not offer
 * is hidden: add the instrument to the scenario file to use it.
 */
public final class ModelControls {
    /**
     * The model parameters the tab offers, by name: each a lever whose field is its scenario path,
     * with its label, range and description (shown as properties by {@link ModelLevers}).
     */
    static final Map<String, Lever> PARAMETERS = parameters(
            Lever.number("model.choice.outsideUtility", "Utility of another region (coefficient)", -2.0, 6.0,
                    "Utility of going to another region: higher means fewer prospects choose any park."),
            Lever.number("model.choice.incentiveShare", "Weight of incentives in the choice (coefficient)", 0.0, 10.0,
                    "Choice coefficient on incentives as a share of a project's investment."),
            Lever.number("model.choice.agglomeration", "Weight of the cluster in the choice (coefficient)", 0.0, 2.0,
                    "Choice coefficient on the cluster of same-segment and complementary tenants."),
            Lever.number("model.pipeline.signingProbability", "Chance a negotiation ends in signing (0–1)", 0.0, 1.0,
                    "Chance a concluded negotiation ends in an entry agreement."),
            Lever.number("model.pipeline.negotiationMonths", "Negotiation, mean months", 1.0, 24.0, "Mean months a negotiation lasts."),
            Lever.number("model.firms.exitHazard", "Chance a tenant exits, per month (0–1)", 0.0, 0.05,
                    "Monthly chance an open tenant closes or leaves for reasons outside the model."));

    /** The order the inspector lists the bean properties in (getter names without get/is); the levers follow in their own order. */
    static final List<String> ORDER = List.of("Park", "LastChange", "BudgetMillions", "BuildPhase2", "Months");

    /** Ends the description of every lever that applies at once; the Model tab groups by it. */
    static final String AT_ONCE = " Applies at once to prospects from the next month (firms keep the terms they negotiated), and at later starts.";
    /** Ends the description of every value read when a run starts. */
    static final String NEXT_START = " Applies at the next start (press Stop, then Play).";

    /** Names each parameter by the last step of its path, capitalised: model.firms.exitHazard is ExitHazard. */
    private static Map<String, Lever> parameters(Lever... levers) {
        Map<String, Lever> byName = new LinkedHashMap<>();
        for (Lever l : levers) {
            String last = l.field().substring(l.field().lastIndexOf('.') + 1);
            byName.put(Character.toUpperCase(last.charAt(0)) + last.substring(1), l);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

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
     * the instruments' levers and the model parameters.
     */
    public Properties allProperties() {
        return new ComposedProperties(this, List.of(new SimpleProperties(this), new PolicyLevers(this), new ModelLevers(this)));
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

    // ---- the chosen park's budget and the horizon: next start ---------------------------------------

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

    // ---- model parameters: next start, one lever each ---------------------------------------------

    /** The value of model parameter {@code lever} (its field is its scenario path). */
    double parameter(Lever lever) { return gui.edits().number(lever.field()); }

    /** Sets model parameter {@code lever} for the next start. */
    void setParameter(Lever lever, double value) {
        setForNextStart(lever.field(), lever.whole() ? IntNode.valueOf((int) Math.round(value)) : DoubleNode.valueOf(value));
    }

    /** Sets the model parameter named {@code name} (a key of {@link #PARAMETERS}) for the next start. */
    public void setParameter(String name, double value) { setParameter(PARAMETERS.get(name), value); }

    @Override
    public String toString() { return "Model"; }
}
