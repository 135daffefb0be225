package parksim.experiment;

import java.util.Map;
import parksim.scenario.Scenario;

/** A variant ready to run: its scenario with the variant's values set, and the value of every factor path. */
public record Variant(String name, String description, Scenario scenario, Map<String, String> factorValues) {}
