package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The GUI never leaks into the model: only package {@code gui} uses Swing, AWT or MASON's display classes. */
class GuiBoundaryTest {
    private static final List<String> GUI_ONLY = List.of("import javax.swing", "import java.awt", "import sim.display",
            "import sim.portrayal", "import sim.util.media", "import org.jfree");

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
                    if (line.startsWith("import parksim.gui") && !pkg.equals("cli")) offences.add(f + ": " + line);
                }
            }
        }
        assertEquals(List.of(), offences);
    }
}
