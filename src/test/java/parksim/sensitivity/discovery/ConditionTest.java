package parksim.sensitivity.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import parksim.core.InputException;

class ConditionTest {
    private static boolean eval(String condition, Map<String, Double> values) {
        return Condition.parse(condition).test(name -> values.getOrDefault(name, Double.NaN));
    }

    @Test
    void comparisonsRatiosAndBooleanOperators() {
        Map<String, Double> run = Map.of("target_Y7_met", 0.0, "occupied_m2@2030-12", 40000.0, "lettable_m2@2030-12", 122800.0,
                "tenants_open@2030-12", 19.0);
        assertTrue(eval("target_Y7_met == 0", run));
        assertFalse(eval("target_Y7_met != 0", run));
        assertTrue(eval("occupied_m2@2030-12 / lettable_m2@2030-12 < 0.5", run));
        assertFalse(eval("occupied_m2@2030-12 / lettable_m2@2030-12 < 0.3 and tenants_open@2030-12 >= 19", run));
        assertTrue(eval("occupied_m2@2030-12 / lettable_m2@2030-12 < 0.3 or tenants_open@2030-12 >= 19", run));
        assertTrue(eval("(target_Y7_met == 1 or tenants_open@2030-12 > 18) and target_Y7_met <= 0", run));
        assertFalse(eval("target_Y7_met == 1 or tenants_open@2030-12 > 18 and target_Y7_met > 0", run), "and binds tighter than or");
        assertTrue(eval("tenants_open@2030-12 > -1e3", run));
    }

    @Test
    void aMissingValueMakesAComparisonFalse() {
        assertFalse(eval("target_Y7_value < 100", Map.of()));
        assertFalse(eval("target_Y7_value >= 100", Map.of()));
    }

    @Test
    void namesAreTheValuesItReads() {
        assertEquals(Set.of("a", "b@2027-12", "yanji:c@2030-12"), Condition.parse("a < 1 and b@2027-12 / yanji:c@2030-12 > 2").names());
    }

    @Test
    void broken() {
        for (String bad : new String[] {"", "a = 1", "a < ", "a < b", "(a < 1", "a < 1 b < 2", "< 1", "a < 1 and", "a ~ 1"}) {
            InputException e = assertThrows(InputException.class, () -> Condition.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("--where"), e.getMessage());
            assertTrue(e.getMessage().contains("expected"), e.getMessage());
        }
    }
}
