package parksim.calibrate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped hindcasts reproduce the articles' facts (pattern-oriented validation of the calibrated scenarios), on seeds
 * the calibration did not use: calibration runs seeds from {@link Seeds#CALIBRATION}, this test seeds from
 * {@link Seeds#VALIDATION} (as {@code check-targets} does by default).
 */
class HindcastTest {
    private static final int REPLICATIONS = 30;

    @Test
    void everyBundledTargetHasItsMedianWithinToleranceOnFreshSeeds() {
        assertFalse(Seeds.overlap(Seeds.CALIBRATION, 1000, Seeds.VALIDATION, REPLICATIONS), "validation seeds differ from any calibration's");
        TargetSet targets = TargetSet.load(Path.of("scenarios/targets.json"));
        FitReport report;
        try (CalibrationProblem problem = new CalibrationProblem(targets, List.of(), REPLICATIONS, Seeds.VALIDATION, 2)) {
            report = FitReport.of(targets, problem.evaluate(new double[0]));
        }
        for (FitReport.Line line : report.lines()) {
            assertTrue(line.fits(), line.target().target().id() + ": median " + line.median() + " against "
                    + line.target().target().comparison().symbol() + " " + line.target().target().value() + " ± " + line.target().target().tolerance());
        }
    }
}
