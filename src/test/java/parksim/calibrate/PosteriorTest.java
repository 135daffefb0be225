package parksim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import parksim.TestScenarios;
import parksim.core.InputException;
import parksim.scenario.Scenario;

class PosteriorTest {
    @TempDir
    Path dir;

    private static final List<FreeParameter> PARAMS = List.of(
            new FreeParameter("visibility", null, List.of("parks[*].visibility"), 0.005, 0.3, null, null, null),
            new FreeParameter("move-in-lag", null, List.of("model.pipeline.moveInLagMonths"), 1.0, 18.0, null, true, null));

    private Posterior load(String csv) throws IOException {
        return Posterior.load(CalibrationFixtures.write(dir, "posterior.csv", csv), PARAMS);
    }

    @Test
    void theSameSeedDrawsTheSameRowAndDrawsFollowTheWeights() throws IOException {
        Posterior p = load("visibility,move-in-lag,weight\n0.05,4,1\n0.1,8,3\n");
        Posterior again = load("visibility,move-in-lag,weight\n0.05,4,1\n0.1,8,3\n");
        int second = 0;
        int n = 4000;
        for (long seed = 1; seed <= n; seed++) {
            assertEquals(p.indexFor(seed), again.indexFor(seed), "seed " + seed);
            if (p.indexFor(seed) == 1) second++;
        }
        // Row 2 carries 3/4 of the weight: its count over 4000 seeds lies within the binomial's central 99.9 %.
        BinomialDistribution b = new BinomialDistribution(n, 0.75);
        assertTrue(second >= b.inverseCumulativeProbability(0.0005) && second <= b.inverseCumulativeProbability(0.9995), "draws of row 2: " + second);
    }

    @Test
    void aDrawSetsEveryPathTheScenarioHasAndRecordsItsValues() throws IOException {
        Posterior p = load("move-in-lag,visibility\n7,0.2\n");
        Scenario s = p.apply(TestScenarios.load("china-cell-parks").scenario(), 5);
        s.parks().forEach(park -> assertEquals(0.2, park.visibility(), 0, park.id()));
        assertEquals(7, s.model().pipeline().moveInLagMonths());
        assertEquals(List.of("posterior_draw", "posterior:visibility", "posterior:move-in-lag"), p.columns());
        assertEquals(List.of("1", "0.2", "7.0"), p.values(5));
        assertEquals(List.of("visibility", "move-in-lag"), p.applicableTo(s));
    }

    @Test
    void differentSeedsDrawDifferentRows() throws IOException {
        Posterior p = load("visibility,move-in-lag\n0.01,1\n0.02,2\n0.03,3\n0.04,4\n0.05,5\n");
        assertNotEquals(1, java.util.stream.LongStream.rangeClosed(1, 50).map(p::indexFor).distinct().count());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown parameter | visibility,move-in-lag,speed\\n0.1,3,1\\n | line 1, column 3: expected a parameter of the parameters file [visibility, move-in-lag] or "weight", found "speed"
            missing parameter | visibility\\n0.1\\n                         | line 1 (header): expected a column "move-in-lag" (a value of every parameter in each draw), found the columns [visibility]
            outside bounds    | visibility,move-in-lag\\n0.1,3\\n0.9,3\\n  | line 3, column 1 (visibility): expected a value within the parameter's bounds [0.005, 0.3], found 0.9
            not a number      | visibility,move-in-lag\\n0.1,three\\n       | line 2, column 2 (move-in-lag): expected a number, found "three"
            empty cell        | visibility,move-in-lag\\n,3\\n              | line 2, column 1 (visibility): expected a number, found an empty cell
            not whole         | visibility,move-in-lag\\n0.1,3.5\\n         | line 2, column 2 (move-in-lag): expected a whole number (the parameter is an integer), found 3.5
            header only       | visibility,move-in-lag\\n                   | line 2: expected at least one data row below the header, found no rows
            empty file        | ''                                          | line 1: expected a header row of column names, found an empty file
            negative weight   | visibility,move-in-lag,weight\\n0.1,3,-1\\n | line 2, column 3 (weight): expected a weight >= 0, found -1
            ragged row        | visibility,move-in-lag\\n0.1\\n             | line 2: expected 2 cells as in the header, found 1 cells
            NaN               | visibility,move-in-lag\\nNaN,3\\n             | line 2, column 1 (visibility): expected a number, found "NaN"
            infinite weight   | visibility,move-in-lag,weight\\n0.1,3,1e999\\n | line 2, column 3 (weight): expected a finite number, found "1e999"
            only zero weights | visibility,move-in-lag,weight\\n0.1,3,0\\n  | column 3 (weight): expected at least one positive weight, found only zeros
            a column twice    | visibility,move-in-lag,visibility\\n0.1,3,0.1\\n | line 1, column 3 (visibility): expected column names that appear once, found "visibility" again
            """)
    void badPosteriorFilesNameTheFileLineAndColumn(String name, String csv, String message) throws IOException {
        InputException e = assertThrows(InputException.class, () -> load(csv.replace("\\n", "\n")));
        assertEquals(dir.resolve("posterior.csv") + ": " + message, e.getMessage());
    }
}
