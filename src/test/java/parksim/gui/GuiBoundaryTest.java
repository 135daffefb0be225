package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The GUI never leaks into the model: only package {@code gui} uses Swing or MASON's display classes,
 * and the simulation's packages use no drawing code at all. ({@code report} draws off-screen charts
 * for {@code compare} with AWT and JFreeChart, which is not the GUI.)
 */
class GuiBoundaryTest {
    private static final List<String> GUI_ONLY = List.of("import javax.swing", "import sim.display", "import sim.portrayal",
            "import sim.util.media");
    private static final List<String> DRAWING = List.of("import java.awt", "import org.jfree");
    private static final Set<String> DRAWING_ALLOWED = Set.of("gui", "report");

    @Test
    void onlyTheGuiPackageImportsDisplayCode() throws IOException {
        List<String> offences = new ArrayList<>();
        Path main = Path.of("src/main/java/parksim");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = main.relativize(f).getName(0).toString();
                if (pkg.equals("gui")) continue;
                for (String line : Files.readAllLines(f)) {
                    if (GUI_ONLY.stream().anyMatch(line::startsWith)) offences.add(f + ": " + line);
                    if (!DRAWING_ALLOWED.contains(pkg) && DRAWING.stream().anyMatch(line::startsWith)) offences.add(f + ": " + line);
                    if (line.startsWith("import parksim.gui") && !pkg.equals("cli")) offences.add(f + ": " + line);
                }
            }
        }
        assertEquals(List.of(), offences);
    }
}
