package parksim.gui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * China's outline and province borders for the map of several parks: lines of longitude/latitude
 * from Natural Earth (public domain), converted once into the resources {@code china-outline.txt}
 * and {@code china-provinces.txt}, whose headers say how.
 */
final class Basemap {
    static final String ATTRIBUTION = "Outline and provinces: Natural Earth (public domain)";
    private static final List<double[][]> RINGS = load("china-outline.txt");
    private static final List<double[][]> BORDERS = load("china-provinces.txt");

    private Basemap() {}

    /** The outline's rings, each an array of {lon, lat}. */
    static List<double[][]> rings() { return RINGS; }

    /** The borders between two provinces, each an open line of {lon, lat}. */
    static List<double[][]> provinceBorders() { return BORDERS; }

    private static List<double[][]> load(String resource) {
        InputStream in = Basemap.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("parksim/gui/" + resource + " is missing from the build");
        List<double[][]> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String text; (text = r.readLine()) != null; ) {
                if (text.isBlank() || text.startsWith("#")) continue;
                String[] points = text.trim().split(" ");
                double[][] line = new double[points.length][];
                for (int i = 0; i < points.length; i++) {
                    String[] ll = points[i].split(",");
                    line[i] = new double[] {Double.parseDouble(ll[0]), Double.parseDouble(ll[1])};
                }
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(lines);
    }
}
