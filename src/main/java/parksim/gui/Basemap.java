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
 * China's outline for the map of several parks: rings of longitude/latitude from Natural Earth
 * (public domain), converted once into the resource {@code china-outline.txt}, whose header says how.
 */
final class Basemap {
    static final String ATTRIBUTION = "Outline: Natural Earth (public domain)";
    private static final List<double[][]> RINGS = load();

    private Basemap() {}

    /** The rings, each an array of {lon, lat}. */
    static List<double[][]> rings() { return RINGS; }

    private static List<double[][]> load() {
        InputStream in = Basemap.class.getResourceAsStream("china-outline.txt");
        if (in == null) throw new IllegalStateException("parksim/gui/china-outline.txt is missing from the build");
        List<double[][]> rings = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] points = line.trim().split(" ");
                double[][] ring = new double[points.length][];
                for (int i = 0; i < points.length; i++) {
                    String[] ll = points[i].split(",");
                    ring[i] = new double[] {Double.parseDouble(ll[0]), Double.parseDouble(ll[1])};
                }
                rings.add(ring);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rings);
    }
}
