package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels wrapped to a block's width instead of being cut off at its edge. */
class TextTest {
    @Test
    void wrappedLinesFitTheWidthAndKeepEveryWordInOrder() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        List<String> words = List.of("R&D", "and", "exhibition", "centre");
        for (double width : new double[] {60, 90, 130, 400}) {
            List<String> lines = Text.wrap(g, words, " ", width);
            for (String line : lines) assertTrue(g.getFontMetrics().stringWidth(line) <= width || !line.contains(" "), line + " fits " + width);
            assertEquals(String.join(" ", words), String.join(" ", lines), "nothing left out");
        }
        assertEquals(1, Text.wrap(g, words, " ", 400).size());
    }

    @Test
    void atMostEndsWithAnEllipsisWhenLinesAreLeftOut() {
        assertEquals(List.of("a", "b …"), Text.atMost(List.of("a", "b", "c"), 2));
        assertEquals(List.of("a", "b"), Text.atMost(List.of("a", "b"), 2));
    }
}
