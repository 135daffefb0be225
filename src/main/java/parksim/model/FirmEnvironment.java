package parksim.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import parksim.scenario.FirmParameters;
import parksim.scenario.PipelineParameters;

/** What every firm consults: the clock, the market, the parameters and the two random streams firms draw from. */
record FirmEnvironment(Clock clock, Market market, PipelineParameters pipeline, FirmParameters firms,
                       MersenneTwisterFast pipelineRandom, MersenneTwisterFast operationsRandom) implements Serializable {}
