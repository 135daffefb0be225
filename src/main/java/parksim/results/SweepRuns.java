package parksim.results;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A sweep folder's {@code runs.csv} as written: one row per run, with its variant, its status ({@code ok} or
 * {@code failed}) and its headline figures. Read back from the file, so it covers resumed and merged runs too.
 */
public record SweepRuns(List<String> header, List<CSVRecord> rows) {
    public static final String FILE = "runs.csv";

    public SweepRuns {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public static SweepRuns read(Path dir) {
        Path runs = dir.resolve(FILE);
        try (Reader in = Files.newBufferedReader(runs, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return new SweepRuns(p.getHeaderNames(), p.getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + runs, e);
        }
    }

    /** The runs whose status is {@code failed}. */
    public int failed() {
        int failed = 0;
        for (CSVRecord r : rows) if ("failed".equals(r.get("status"))) failed++;
        return failed;
    }
}
