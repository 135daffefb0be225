package parksim.calibrate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import parksim.core.Metric;

/** The shipped hindcasts reproduce the articles' facts (pattern-oriented validation of the calibrated scenarios). */
class HindcastTest {
    @Test
    void yanjiReproducesNineSignedAndFourOpenInMostReplications() {
        var tree = parksim.TestScenarios.tree("yanji-hindcast");
        double signed = CalibrationFixtures.median(tree, Metric.TENANTS_SIGNED_CUM, 50, 1);
        double open = CalibrationFixtures.median(tree, Metric.TENANTS_OPEN, 50, 1);
        assertTrue(signed >= 7 && signed <= 11, "median signed at 2024-12 over 50 replications: " + signed);
        assertTrue(open >= 3 && open <= 6, "median open at 2024-12 over 50 replications: " + open);
    }

    @Test
    void everyBundledTargetHasItsMedianWithinTolerance() {
        TargetSet targets = TargetSet.load(Path.of("scenarios/targets.json"));
        FitReport report;
        try (CalibrationProblem problem = new CalibrationProblem(targets, List.of(), 30, 1, 2)) {
            report = FitReport.of(targets, problem.evaluate(new double[0]));
        }
        for (FitReport.Line line : report.lines()) {
            assertTrue(line.fits(), line.target().target().id() + ": median " + line.median() + " against "
                    + line.target().target().comparison().symbol() + " " + line.target().target().value() + " ± " + line.target().target().tolerance());
        }
    }
}
