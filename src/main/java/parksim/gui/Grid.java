package parksim.gui;

import sim.util.Double2D;

/**
 * Packs n equal square cells into a rectangle, row by row, choosing the number of columns that
 * gives the largest cells: how firms are arranged inside a building block or a lane, however many.
 */
record Grid(double left, double top, int columns, double cell) {
    static Grid fit(int n, double left, double top, double width, double height) {
        int count = Math.max(1, n);
        int bestColumns = 1;
        double bestCell = 0;
        for (int columns = 1; columns <= count; columns++) {
            int rows = (count + columns - 1) / columns;
            double cell = Math.min(width / columns, height / rows);
            if (cell > bestCell) {
                bestCell = cell;
                bestColumns = columns;
            }
        }
        return new Grid(left, top, bestColumns, bestCell);
    }

    /** Centre of the i-th cell. */
    Double2D centre(int i) {
        return new Double2D(left + (i % columns + 0.5) * cell, top + (i / columns + 0.5) * cell);
    }
}
