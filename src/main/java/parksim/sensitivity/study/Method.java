package parksim.sensitivity.study;

import parksim.sensitivity.UnitDesign;

/** The two analyses: Morris elementary effects on a radial design, Sobol indices on a Saltelli design. */
public enum Method {
    MORRIS, SOBOL;

    public double[][] design(int samples, int inputs) {
        return this == SOBOL ? UnitDesign.saltelli(samples, inputs) : UnitDesign.radial(samples, inputs);
    }

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
