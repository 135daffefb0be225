package parksim.model;

import java.io.Serializable;
import parksim.scenario.FirmParameters;
import parksim.scenario.PipelineParameters;

/** What every firm consults: the clock, the market, the parameters the prospects' choice model and the run's per-firm random draws. */
record FirmEnvironment(Clock clock, Market market, PipelineParameters pipeline, FirmParameters firms, ChoiceModel choice,
                       Draws draws)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
