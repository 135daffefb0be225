package parksim.experiment;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import parksim.core.InputException;

/** A bad experiment is refused before any run starts, naming the file and the path. */
class BadExperimentTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            path that does not exist   | "variants": [{"name": "a", "set": {"parks[nowhere].budget": 1}}]                                  | variants[0].set["parks[nowhere].budget"] | no element [nowhere] in parks
            deeper path that is absent | "variants": [{"name": "a", "set": {"parks[yanji].policies.equityFund.share": 0.1}}]                | variants[0].set["parks[yanji].policies.equityFund.share"] | no parks[yanji].policies.equityFund
            value of the wrong type    | "variants": [{"name": "a", "set": {"parks[yanji].budget": "lots"}}]                               | variant a gives an invalid scenario | parks[0].budget: expected a number, found the text "lots"
            value out of range         | "variants": [{"name": "a", "set": {"parks[yanji].policies.rentSubsidy.share": 1.5}}]              | variant a gives an invalid scenario | parks[0].policies.rentSubsidy.share: expected a share in [0, 1], found 1.5
            misspelt field             | "variants": [{"name": "a", "set": {"parks[yanji].policies.rentSubsidy.shar": 0.5}}]               | variant a gives an invalid scenario | unknown field "shar"
            empty grid                 | "grid": {"name": "g", "factors": {"parks[yanji].budget": []}}                                     | grid.factors["parks[yanji].budget"] | expected a non-empty list of values
            grid without factors       | "grid": {"name": "g", "factors": {}}                                                              | grid.factors | at least one factor
            range with zero step       | "grid": {"name": "g", "factors": {"parks[yanji].budget": {"from": 1, "to": 5, "step": 0}}}        | grid.factors["parks[yanji].budget"].step | expected a step > 0, found 0
            no variants and no grid    | "variants": []                                                                                   | variants | at least one variant, or a grid
            two variants of one name   | "variants": [{"name": "a", "set": {}}, {"name": "a", "set": {}}]                                 | variants[1].name | a name no other variant has
            grid base that is unknown  | "grid": {"name": "g", "base": "zz", "factors": {"parks[yanji].budget": [1e8]}}                    | grid.base | one of the variants
            """)
    void isRefusedWithFileAndPath(String name, String body, String where, String what) throws IOException {
        Path file = SweepFixtures.experiment(dir, "bad", 2, 12, body);
        InputException e = assertThrows(InputException.class, () -> ExperimentLoader.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(where), e.getMessage());
        assertTrue(e.getMessage().contains(what), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            replications of zero | 0 | replications: expected a whole number >= 1, found 0
            """)
    void badReplications(String name, int replications, String message) throws IOException {
        Path file = SweepFixtures.experiment(dir, "reps", replications, 12, SweepFixtures.TWO_VARIANTS);
        InputException e = assertThrows(InputException.class, () -> ExperimentLoader.load(file));
        assertTrue(e.getMessage().equals(file + ": " + message), e.getMessage());
    }
}
