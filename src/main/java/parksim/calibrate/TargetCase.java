package parksim.calibrate;

import parksim.scenario.TargetSpec;

/** A target of a targets file: the figure it checks, and the name of the scenario that must reproduce it. */
public record TargetCase(String scenario, TargetSpec target) {}
