package parksim.gui;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import parksim.results.ResultDirectory;
import sim.display.Console;

/** The Console's Export menu: the charts (and the display) as PNG, and the run's result CSVs. */
final class ExportMenu {
    private ExportMenu() {}

    static void install(Console console, ParkSimWithUI gui) {
        JMenu menu = new JMenu("Export");
        JMenuItem charts = new JMenuItem("Charts as PNG…");
        charts.addActionListener(e -> exportCharts(console, gui));
        JMenuItem csvs = new JMenuItem("Run as CSV files…");
        csvs.addActionListener(e -> exportCsvs(console, gui));
        menu.add(charts);
        menu.add(csvs);
        JMenuBar bar = console.getJMenuBar();
        if (bar == null) {
            bar = new JMenuBar();
            console.setJMenuBar(bar);
        }
        bar.add(menu);
        bar.revalidate();
    }

    private static File suggestion(ParkSimWithUI gui, String suffix) {
        return ResultDirectory.fresh(Path.of("results"), gui.simulation().scenario().name() + suffix).toAbsolutePath().toFile();
    }

    private static File choose(Component parent, String title, File suggested) {
        JFileChooser chooser = new JFileChooser(suggested.getParentFile());
        chooser.setDialogTitle(title);
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setSelectedFile(suggested);
        return chooser.showSaveDialog(parent) == JFileChooser.APPROVE_OPTION ? chooser.getSelectedFile() : null;
    }

    private static void exportCharts(Component parent, ParkSimWithUI gui) {
        File folder = choose(parent, "Folder for the chart images", suggestion(gui, "-charts"));
        if (folder == null) return;
        try {
            List<Path> files = gui.exportCharts(folder.toPath());
            JOptionPane.showMessageDialog(parent, "Saved " + files.size() + " images in " + folder, "Export", JOptionPane.INFORMATION_MESSAGE);
        } catch (RuntimeException e) {
            JOptionPane.showMessageDialog(parent, e.getMessage(), "Export failed", JOptionPane.ERROR_MESSAGE);
        }
    }

    private static void exportCsvs(Component parent, ParkSimWithUI gui) {
        File folder = choose(parent, "Folder for the run's CSV files", suggestion(gui, "-gui"));
        if (folder == null) return;
        try {
            gui.exportCsvs(folder.toPath());
            JOptionPane.showMessageDialog(parent, "Saved timeseries.csv, summary.csv and firms.csv of "
                    + gui.simulation().monthsDone() + " months in " + folder, "Export", JOptionPane.INFORMATION_MESSAGE);
        } catch (RuntimeException e) {
            JOptionPane.showMessageDialog(parent, e.getMessage(), "Export failed", JOptionPane.ERROR_MESSAGE);
        }
    }
}
