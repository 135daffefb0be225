package parksim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import parksim.core.Metric;

/** Figures and scenario inputs in the units an analyst reads. */
class AnalystUnitsTest {
    @Test
    void sumsOfMoneyReadInMillionsAndMoneyPerUnitInYuanWithThousandsGrouped() {
        assertEquals("¥120.0M", AnalystUnits.input("parks[yanji].tenants[kasen].capacity", 1.2e8));
        assertEquals("¥20.0M", AnalystUnits.input("parks[yanji].appropriations.2026", 2e7), "a year of appropriations");
        assertEquals("¥20.0M", AnalystUnits.input("appropriations 2026", 2e7), "as a lever reads its path");
        assertEquals("¥1,500", AnalystUnits.input("parks[yanji].policies.fitOutSubsidy.perM2", 1500));
        assertEquals("¥25", AnalystUnits.input("parks[yanji].rentPerM2", 25));
        assertEquals("¥5,700", AnalystUnits.input("parks[yanji].expansion.costPerM2", 5700));
        assertEquals("¥12.50", AnalystUnits.input("parks[yanji].rentPerM2", 12.5));
    }

    @Test
    void numbersThatAreNotMoneyStayAsTheyAre() {
        assertEquals("0.0002", AnalystUnits.input("parks[yanji].visibility", 0.0002));
        assertEquals("0.8", AnalystUnits.input("parks[yanji].policies.rentSubsidy.share", 0.8));
        assertEquals(AnalystUnits.Money.NONE, AnalystUnits.money("model.choice.rentPerM2"), "a utility coefficient per ¥, not ¥");
        assertEquals("2030", AnalystUnits.input("model.pipeline.moveInLagMonths", 2030));
    }

    @Test
    void aShareReadsAsAPercentage() {
        assertEquals("89 %", AnalystUnits.amount(Metric.Unit.SHARE, 0.888));
    }
}
