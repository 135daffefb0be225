package parksim.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Locale-independent number formats for result files, so the same run writes the same bytes everywhere. */
public final class Fmt {
    private Fmt() {}

    public static String whole(double value) {
        long v = Math.round(value);
        return Long.toString(v == 0 ? 0 : v);
    }

    public static String share(double value) {
        if (!Double.isFinite(value)) return String.format(Locale.ROOT, "%.4f", value);
        // What %.4f writes (half-up on the shortest decimal that reads back as the value), without a Formatter:
        // summary rows write several shares a run. BigDecimal has no negative zero, so -0.0000 cannot come out.
        return new BigDecimal(Double.toString(value)).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    /** A general number with up to six significant digits, for statistics. */
    public static String number(double value) {
        if (Double.isNaN(value)) return "";
        if (value == Math.rint(value) && Math.abs(value) < 1e15 || Math.abs(value) >= 1e5) return whole(value);
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }
}
