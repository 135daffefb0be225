package parksim.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import org.jfree.chart.ChartPanel;

/**
 * One window for the charts and the status: the status table (budget and instruments) at the
 * left, the charts as tabs at the right, so nothing opens over the display.
 */
final class ChartWindow {
    /** Width of the status table: a label column and a column per park. */
    private static final int LABEL_WIDTH = 150, PARK_WIDTH = 100;

    private ChartWindow() {}

    static JFrame create(String title, ParkCharts charts, StatusTable status, int parks) {
        JTabbedPane tabs = new JTabbedPane();
        for (ParkCharts.Chart c : charts.charts()) {
            ChartPanel panel = new ChartPanel(c.generator().getChart());
            panel.setMinimumDrawWidth(200);
            panel.setMinimumDrawHeight(150);
            panel.setMaximumDrawWidth(4000); // draw at the panel's size instead of stretching a smaller picture
            panel.setMaximumDrawHeight(3000);
            tabs.addTab(c.tab(), panel);
        }
        JTable table = new JTable(status) {
            @Override
            public void createDefaultColumnsFromModel() {
                super.createDefaultColumnsFromModel(); // again on each new run: the labels keep their width
                if (getColumnCount() > 0) getColumnModel().getColumn(0).setPreferredWidth(LABEL_WIDTH);
                for (int i = 1; i < getColumnCount(); i++) getColumnModel().getColumn(i).setPreferredWidth(PARK_WIDTH);
            }
        };
        table.setFillsViewportHeight(true);
        table.setRowSelectionAllowed(false);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setBorder(BorderFactory.createTitledBorder("Budget and instruments"));
        scroll.setPreferredSize(new Dimension(LABEL_WIDTH + PARK_WIDTH * parks + 20, 200));

        JFrame frame = new JFrame(title);
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        frame.getContentPane().add(scroll, BorderLayout.WEST);
        frame.getContentPane().add(tabs, BorderLayout.CENTER);
        return frame;
    }
}
