package parksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a console that lacks a character shows instead. */
class FallbackWriterTest {
    private static String through(Charset cs, String text) throws IOException {
        StringWriter sink = new StringWriter();
        try (FallbackWriter w = new FallbackWriter(sink, cs)) {
            w.write(text);
        }
        return sink.toString();
    }

    @Test
    void asciiGetsReadableStandIns() throws IOException {
        assertEquals("output, last 12 months (CNY M)  CNY 1241 [730 - 1998], 25 CNY /m2, 6 x 50 runs, >= 100, ?",
                through(StandardCharsets.US_ASCII, "output, last 12 months (¥M)  ¥1241 [730 – 1998], 25 ¥/m², 6 × 50 runs, ≥ 100, €"));
    }

    @Test
    void whatTheConsoleHasIsKept() throws IOException {
        assertEquals("园区 CNY 100M – 2030", through(Charset.forName("GBK"), "园区 ¥100M – 2030"));
        assertEquals("园区 ¥100M – 2030", through(Charset.forName("GB18030"), "园区 ¥100M – 2030"));
    }
}
