package parksim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written number scan accepts exactly what the documented pattern does. */
class PlainNumberTest {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    @ParameterizedTest
    @ValueSource(strings = {"0", "12", "-3", "+4", "1.5", "5.", ".5", "-.5", "1e5", "1.2E-3", "3e+2", "", "-", ".", "e5", "1e", "1e+",
            "NaN", "Infinity", "0x1F", "1.5d", "1,5", " 1", "1 ", "1.2.3", "--1", "١٢", "1e5.5", "0.8000", "195445551"})
    void agreesWithThePattern(String s) {
        assertEquals(NUMBER.matcher(s).matches(), CsvInput.isPlainNumber(s), s);
    }
}
