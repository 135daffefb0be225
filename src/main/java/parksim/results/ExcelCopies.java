package parksim.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies of a folder's CSV files that Excel opens cleanly: in {@code excel/}, each with a UTF-8 byte-order
 * mark, without which Excel reads UTF-8 as the system code page and garbles "¥" and Chinese names. The
 * tidy CSVs themselves stay without one, as R, pandas and the other parksim commands expect.
 */
public final class ExcelCopies {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ExcelCopies() {}

    /** Writes {@code folder/excel/NAME.csv} for each {@code folder/NAME.csv}. */
    public static void write(Path folder) throws IOException {
        Path excel = Files.createDirectories(folder.resolve("excel"));
        try (DirectoryStream<Path> csvs = Files.newDirectoryStream(folder, "*.csv")) {
            for (Path csv : csvs) {
                try (OutputStream out = Files.newOutputStream(excel.resolve(csv.getFileName()))) {
                    out.write(BOM);
                    Files.copy(csv, out);
                }
            }
        }
    }
}
