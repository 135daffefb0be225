package parksim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.swing.SwingUtilities;
import javax.swing.table.AbstractTableModel;
import parksim.core.CalendarMonth;
import parksim.model.Park;
import parksim.model.ParkSimulation;
import parksim.policy.Budget;
import parksim.policy.InstrumentCatalog;
import parksim.policy.InstrumentKind;

/**
 * The status panel: a column per park with its incentive budget as the model keeps it (total,
 * spent, committed to firms and to the park's programmes, left, payments it could not make, and
 * the month it first ran short) and the state of each instrument it offers. Figures are taken on the simulation thread after each month and shown on the Swing thread.
 */
final class StatusTable extends AbstractTableModel {
    private final InstrumentCatalog catalog;
    private List<String> columns = List.of("");
    private List<List<String>> rows = List.of();

    /** A table with a row for each instrument of {@code catalog} that a park offers. */
    StatusTable(InstrumentCatalog catalog) {
        this.catalog = catalog;
    }

    /** Takes the month just simulated (on the simulation thread) and shows it (on the Swing thread). */
    void update(ParkSimulation sim) {
        List<String> cols = new ArrayList<>();
        cols.add("");
        for (Park p : sim.parks()) cols.add(p.id());
        List<List<String>> table = rows(sim);
        SwingUtilities.invokeLater(() -> {
            boolean structure = !cols.equals(columns);
            columns = cols;
            rows = table;
            if (structure) fireTableStructureChanged();
            else fireTableDataChanged();
        });
    }

    /** The table's rows: a label, then a cell per park. */
    List<List<String>> rows(ParkSimulation sim) {
        CalendarMonth month = sim.currentMonth();
        boolean simulated = sim.monthsDone() > 0;
        List<List<String>> out = new ArrayList<>();
        for (String label : List.of("budget", "spent", "committed", "reserved", "left", "owed", "could not pay", "first ran short")) out.add(new ArrayList<>(List.of(label)));
        for (Park p : sim.parks()) {
            Budget b = p.budget();
            List<String> cells = List.of(Readable.money(b.total()), Readable.money(b.spent()), Readable.money(b.committed()),
                    Readable.money(b.reserved()), Readable.money(b.uncommitted()), Readable.money(b.arrears()), Readable.money(b.unpaid()),
                    firstShort(p, sim.clock().start()));
            for (int i = 0; i < cells.size(); i++) out.get(i).add(cells.get(i));
        }
        Set<Park> without = InstrumentState.latestSigningsWentWithout(sim.firms().all(), sim.clock().start());
        for (InstrumentKind entry : catalog.all()) {
            if (sim.parks().stream().allMatch(p -> p.policies().get(entry.id()) == null)) continue; // no park offers it
            List<String> row = new ArrayList<>(List.of(entry.label()));
            for (int i = 0; i < sim.parks().size(); i++) {
                Park p = sim.parks().get(i);
                double reserve = sim.administrations().get(i).programmeReserve(); // one administration per park, in the parks' order
                InstrumentState s = InstrumentState.of(p, entry, p.policies().get(entry.id()), month, without.contains(p), reserve);
                row.add(!simulated && s != InstrumentState.ABSENT ? "offered" : s.label);
            }
            out.add(row);
        }
        return out;
    }

    /** The month the park's budget first had to cut an offer, a programme or a payment, or "—". */
    static String firstShort(Park park, CalendarMonth start) {
        int index = park.budget().firstShortMonth();
        return index == Budget.NEVER ? "—" : start.plus(index).toString();
    }

    @Override
    public int getRowCount() { return rows.size(); }

    @Override
    public int getColumnCount() { return columns.size(); }

    @Override
    public String getColumnName(int column) { return columns.get(column); }

    @Override
    public Object getValueAt(int row, int column) { return rows.get(row).get(column); }
}
