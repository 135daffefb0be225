package parksim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package graph of the main classes: no package cycle, and every package imports only packages below it
 * in {@link #LAYERS}. A new import that runs upward fails here, naming the class and the line.
 */
class ArchitectureTest {
    /**
     * The packages from the bottom up; each may import those below it (and its own layer), never one above.
     * Statistics and rendering ({@code report}) sit above the results' files ({@code results}), which sit
     * above the runs that write them.
     */
    static final List<List<String>> LAYERS = List.of(
            List.of("core"),
            List.of("policy"),
            List.of("scenario"),
            List.of("model"),
            List.of("observe"),
            List.of("results"),
            List.of("experiment"),
            List.of("report"),
            List.of("calibrate", "sensitivity", "optimise"),
            List.of("gui"),
            List.of("cli"));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("parksim");
    }

    @Test
    void noPackageCycles() {
        slices().matching("parksim.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noImportRunsUpward() {
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            List<String> above = new ArrayList<>();
            for (List<String> layer : LAYERS.subList(i + 1, LAYERS.size())) above.addAll(layer);
            noClasses().that().resideInAnyPackage(packages(LAYERS.get(i)))
                    .should().dependOnClassesThat().resideInAnyPackage(packages(above))
                    .because("packages import only packages below them (ArchitectureTest.LAYERS)")
                    .check(classes);
        }
    }

    /** Results I/O is below everything that reads or writes result folders, and knows none of them. */
    @Test
    void resultsKnowsNoneOfItsUsers() {
        noClasses().that().resideInAPackage("parksim.results..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(List.of("experiment", "report", "calibrate", "sensitivity",
                        "optimise", "gui", "cli")))
                .check(classes);
    }

    private static String[] packages(List<String> names) {
        return names.stream().map(n -> "parksim." + n + "..").toArray(String[]::new);
    }

    /** Every main package is in a layer, so that a new one cannot slip past the rule above. */
    @Test
    void everyPackageHasALayer() {
        List<String> known = LAYERS.stream().flatMap(List::stream).toList();
        List<String> missing = classes.stream().map(c -> c.getPackageName().split("\\."))
                .filter(p -> p.length > 1 && p[0].equals("parksim")).map(p -> p[1]).distinct()
                .filter(p -> !known.contains(p)).sorted().toList();
        if (!missing.isEmpty()) throw new AssertionError("packages without a layer in ArchitectureTest.LAYERS: " + missing
                + " (of " + Arrays.toString(known.toArray()) + ")");
    }
}
