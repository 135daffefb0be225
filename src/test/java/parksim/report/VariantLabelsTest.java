package parksim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Grid factors' column names and label words, read from their scenario paths. */
class VariantLabelsTest {
    @Test
    void anInstrumentsFieldNamesTheColumnAndTheInstrumentNamesTheWord() {
        List<String> paths = List.of("parks[yanji].policies.rentSubsidy.share", "parks[yanji].policies.targetedPromotion.awarenessBoost");
        assertEquals(List.of("rent_subsidy_share", "targeted_promotion_awareness_boost"), VariantLabels.columnNames(paths));
        assertEquals("rent", VariantLabels.word(paths.get(0), paths));
        assertEquals("promotion", VariantLabels.word(paths.get(1), paths));
    }

    @Test
    void twoFieldsOfOneInstrumentOrSeveralParksAreToldApart() {
        List<String> rent = List.of("parks[yanji].policies.rentSubsidy.share", "parks[yanji].policies.rentSubsidy.months");
        assertEquals("rent share", VariantLabels.word(rent.get(0), rent));
        assertEquals("rent months", VariantLabels.word(rent.get(1), rent));
        List<String> parks = List.of("parks[yanji].policies.rentSubsidy.share", "parks[anji].policies.rentSubsidy.share", "parks[anji].budget");
        assertEquals(List.of("yanji_rent_subsidy_share", "anji_rent_subsidy_share", "anji_budget"), VariantLabels.columnNames(parks));
        assertEquals("anji rent", VariantLabels.word(parks.get(1), parks));
        assertEquals("anji budget", VariantLabels.word(parks.get(2), parks));
    }

    @Test
    void parksGivenByIndexAreNamedByIt() {
        List<String> paths = List.of("parks[0].budget", "parks[1].budget");
        assertEquals(List.of("park0_budget", "park1_budget"), VariantLabels.columnNames(paths));
        assertEquals("park1 budget", VariantLabels.word(paths.get(1), paths));
    }

    @Test
    void namesThatWouldClashFallBackToThePath() {
        List<String> clash = List.of("market.segments.storage.arrivalsPerMonth", "market.segments.research.arrivalsPerMonth");
        assertEquals(clash, VariantLabels.columnNames(clash), "two factors both called arrivals_per_month keep their paths");
        assertEquals("research arrivals per month", VariantLabels.word(clash.get(1), clash));
        assertEquals(List.of("yanji_budget", "budget"), VariantLabels.columnNames(List.of("parks[yanji].budget", "market.budget")));
    }
}
