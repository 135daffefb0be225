package parksim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalTableTest {
    private static int width(int[] widths, List<Integer> block) {
        int w = 2 + widths[0];
        for (int i : block) w += 3 + widths[i];
        return w;
    }

    @Test
    void sevenWideVariantsArePrintedInBlocksThatFitATerminalEachWithTheBaseline() {
        int[] widths = {30, 8, 28, 28, 28, 28, 28, 28}; // label, baseline, six variants of 28 characters
        List<List<Integer>> blocks = TerminalTable.blocks(widths, 1);
        assertTrue(blocks.size() > 1, "205 characters do not fit in one block");
        List<Integer> seen = new ArrayList<>();
        for (List<Integer> b : blocks) {
            assertEquals(1, b.get(0), "every block starts with the baseline's column");
            assertTrue(width(widths, b) <= TerminalTable.MAX_WIDTH, "block " + b + " fits " + TerminalTable.MAX_WIDTH + " characters");
            seen.addAll(b.subList(1, b.size()));
        }
        assertEquals(List.of(2, 3, 4, 5, 6, 7), seen, "every variant once, in order");
    }

    @Test
    void aNarrowTableIsOneBlockAsBefore() {
        assertEquals(List.of(List.of(1, 2, 3)), TerminalTable.blocks(new int[] {20, 8, 20, 20}, 1));
        assertEquals(List.of(List.of(1, 2)), TerminalTable.blocks(new int[] {20, 8, 20}, 0), "no baseline column: the variants alone");
    }
}
