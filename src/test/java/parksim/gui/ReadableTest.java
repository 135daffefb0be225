package parksim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadableTest {
    @Test
    void moneyKeepsThreeOrFourSignificantFiguresAndItsUnit() {
        assertEquals("¥0.00M", Readable.money(0));
        assertEquals("¥0.45M", Readable.money(451_234));
        assertEquals("¥12.3M", Readable.money(12_345_678));
        assertEquals("¥1,234M", Readable.money(1_234_400_000));
        assertEquals("¥-2.50M", Readable.money(-2_500_000));
    }
}
