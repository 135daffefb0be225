package parksim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading sweep outputs in tests. */
public final class SweepFiles {
    private SweepFiles() {}

    /** A sweep's runs.csv without its wall-time column, the only thing that differs between equal sweeps. */
    public static String runsWithoutWallTime(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("runs.csv"))) {
            String[] cells = line.split(",", -1);
            cells[7] = "";
            out.add(String.join(",", cells));
        }
        return String.join("\n", out);
    }
}
