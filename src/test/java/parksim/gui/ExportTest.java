package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.cli.ParkSimCommand;
import parksim.observe.FirmTable;
import parksim.observe.SummaryTable;
import parksim.observe.TimeseriesTable;
import parksim.TestScenarios;

/** Export from the GUI: the run's CSVs as {@code run} writes them, and the charts as PNG. */
class ExportTest {
    @TempDir
    Path dir;

    private int run(String... args) {
        return ParkSimCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    }

    /**
     * The months simulated are those of {@code run} over the scenario's whole horizon (the
     * administration plans its programmes to the horizon, so a shorter run is another run).
     */
    @Test
    void theCsvsOfAnUnchangedRunHoldTheMonthsRunWritesForTheScenario() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection").start()) {
            f.step(30);
            f.gui.exportCsvs(dir.resolve("gui"));
        }
        assertEquals(0, run("run", TestScenarios.file("yanji-projection").toString(), "--no-progress", "--out", dir.resolve("headless").toString()));
        List<String> headless = Files.readAllLines(dir.resolve("headless/timeseries.csv"));
        assertEquals(headless.subList(0, 1 + 30), Files.readAllLines(dir.resolve("gui/timeseries.csv")), "the first 30 months, row for row");
        assertEquals(0, run("run", TestScenarios.file("yanji-projection").toString(), "--months", "30", "--no-progress", "--out", dir.resolve("short").toString()));
        for (String file : List.of("summary.csv", "firms.csv")) {
            List<String> gui = Files.readAllLines(dir.resolve("gui").resolve(file));
            assertEquals(Files.readAllLines(dir.resolve("short").resolve(file)).get(0), gui.get(0), file + ": the columns run writes for 30 months");
            assertTrue(gui.size() > 1, file + " has rows");
        }
        assertFalse(Files.exists(dir.resolve("gui").resolve("changes.csv")), "nothing was changed");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(3, left.count(), "no staging folder left behind");
        }
    }

    @Test
    void aChangedRunIsLabelledAndListsItsChanges() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection").start()) {
            f.step(6);
            f.gui.controls().setLever("taxRebate.share", 0.8);
            f.step(6);
            f.gui.exportCsvs(dir.resolve("out"));
        }
        List<String> timeseries = Files.readAllLines(dir.resolve("out/timeseries.csv"));
        assertEquals(String.join(",", TimeseriesTable.HEADER), timeseries.get(0));
        assertEquals(1 + 12, timeseries.size());
        assertTrue(timeseries.get(1).startsWith("gui-edited-r000,yanji-projection,gui-edited,0,20250306,2025-03,yanji"), timeseries.get(1));
        for (String file : List.of("summary.csv", "firms.csv")) {
            List<String> lines = Files.readAllLines(dir.resolve("out").resolve(file));
            for (String line : lines.subList(1, lines.size())) assertTrue(line.startsWith("gui-edited-r000,yanji-projection,gui-edited,0,20250306,"), file + ": " + line);
        }
        assertEquals(List.of("run_id,effective_from,path,from,to", "gui-edited-r000,2025-09,parks[yanji].policies.taxRebate.share,0.5,0.8"),
                Files.readAllLines(dir.resolve("out/changes.csv")));
    }

    @Test
    void everyResultTableStartsWithTheIdentityColumnsTheExportRelabels() {
        assertEquals(RunExport.IDENTITY, TimeseriesTable.HEADER.subList(0, 5));
        assertEquals(RunExport.IDENTITY, FirmTable.HEADER.subList(0, 5));
        assertEquals(RunExport.IDENTITY, new SummaryTable(TestScenarios.load("yanji-projection").scenario()).header().subList(0, 5));
    }

    @Test
    void nothingToExportBeforeTheFirstMonth() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection").start()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.gui.exportCsvs(dir.resolve("early")));
            assertTrue(e.getMessage().startsWith("nothing simulated yet"));
            assertFalse(Files.exists(dir.resolve("early")));
        }
    }

    @Test
    void chartsAndTheDisplayAreSavedAsImages() throws Exception {
        try (GuiFixture f = GuiFixture.open("china-cell-parks").start()) {
            f.step(24);
            var saved = new java.util.concurrent.atomic.AtomicReference<List<Path>>();
            javax.swing.SwingUtilities.invokeAndWait(() -> saved.set(f.gui.exportCharts(dir.resolve("charts")))); // as the Export menu does
            List<Path> files = saved.get();
            assertEquals(f.gui.charts().charts().size() + 1, files.size());
            assertTrue(files.contains(dir.resolve("charts/chart-output.png")));
            assertTrue(files.contains(dir.resolve("charts/chart-tenants-yanji.png")));
            for (Path p : files) {
                BufferedImage image = ImageIO.read(p.toFile());
                boolean display = p.getFileName().toString().equals("display.png");
                assertEquals(display ? ParkSimWithUI.DISPLAY_WIDTH : ParkSimWithUI.CHART_WIDTH, image.getWidth(), p.toString());
                assertEquals(display ? ParkSimWithUI.DISPLAY_HEIGHT : ParkSimWithUI.CHART_HEIGHT, image.getHeight(), p.toString());
            }
        }
    }

    @Test
    void theChartWindowOffersNoButtonThatNeedsALeftOutLibrary() throws Exception {
        try (GuiFixture f = GuiFixture.open("yanji-projection")) {
            List<javax.swing.AbstractButton> buttons = new java.util.ArrayList<>();
            collect(f.gui.chartWindow().getContentPane(), buttons);
            for (javax.swing.AbstractButton b : buttons) {
                assertFalse(java.util.Set.of("Save as PDF", "Create a Movie").contains(b.getText()), b.getText() + " needs iText or JMF, which the build leaves out");
            }
        }
    }

    private static void collect(java.awt.Container container, List<javax.swing.AbstractButton> into) {
        for (java.awt.Component c : container.getComponents()) {
            if (c instanceof javax.swing.AbstractButton b) into.add(b);
            if (c instanceof java.awt.Container inner) collect(inner, into);
            if (c instanceof sim.util.gui.DisclosurePanel d && d.getDisclosedComponent() instanceof java.awt.Container inner) collect(inner, into);
        }
    }
}
