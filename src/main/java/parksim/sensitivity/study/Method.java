package parksim.sensitivity.study;

import parksim.sensitivity.UnitDesign;

/** The two analyses: Morris elementary effects on a radial design, Sobol indices on a Saltelli design. */
public enum Method {
    MORRIS, SOBOL;

    /** @param secondOrder with Sobol, the extra points for second-order indices */
    public double[][] design(int samples, int inputs, boolean secondOrder) {
        return this == SOBOL ? UnitDesign.saltelli(samples, inputs, secondOrder) : UnitDesign.radial(samples, inputs);
    }

    /** Design points per base sample: Morris k + 1, Sobol k + 2 (2k + 2 with second-order indices). */
    public int pointsPerSample(int inputs, boolean secondOrder) {
        return this == SOBOL ? UnitDesign.saltelliPointsPerSample(inputs, secondOrder) : UnitDesign.radialPointsPerSample(inputs);
    }

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
