package parksim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parksim.results.SweepRuns;

/** The sweep's closing table stays a table when a large park's figures are wider than the usual column. */
class SweepReportTest {
    @TempDir Path dir;

    @Test
    void everyCellStartsUnderItsHeadingHoweverWide() throws IOException {
        StringBuilder csv = new StringBuilder("run_id,variant,status,tenants_signed_cum,tenants_open,output_12m_cny,chain_completeness,spend_cum_cny\n");
        for (int r = 0; r < 20; r++) {
            // Chengdu-sized: ¥20–27B of output, ¥6B of spend, whose ranges overflow a 23-character column.
            csv.append("base-r").append(r).append(",base,ok,").append(574 + 4 * r).append(',').append(394 + r).append(',')
                    .append(20.85e9 + r * 0.34e9).append(",1,").append(6.0e9 + r * 1e6).append('\n');
        }
        Files.writeString(dir.resolve(SweepRuns.FILE), csv);
        StringWriter text = new StringWriter();
        SweepReport.print(SweepRuns.read(dir), new PrintWriter(text));
        List<String> lines = text.toString().lines().filter(l -> l.startsWith("variant") || l.startsWith("base")).toList();
        assertEquals(2, lines.size(), text.toString());
        String heading = lines.get(0), row = lines.get(1);
        for (String label : List.of("signed firms", "open firms", "output, last 12m ¥M", "chain completeness %", "spend ¥M")) {
            int at = heading.indexOf(label);
            assertTrue(at > 0, "heading has " + label + ": " + heading);
            assertTrue(row.charAt(at - 1) == ' ' && row.charAt(at - 2) == ' ' && row.charAt(at) != ' ',
                    "the cell under " + label + " starts where its heading does:\n" + heading + "\n" + row);
        }
    }
}
