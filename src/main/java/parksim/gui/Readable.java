package parksim.gui;

import java.util.Locale;

/** Numbers as a reader wants them on screen: rounded to what matters, with their unit. */
final class Readable {
    private Readable() {}

    /** ¥ in millions, with fewer decimals the larger the amount: ¥0.45M, ¥12.3M, ¥1,234M. */
    static String money(double yuan) {
        double m = yuan / 1e6;
        String format = Math.abs(m) >= 100 ? "¥%,.0fM" : Math.abs(m) >= 10 ? "¥%.1fM" : "¥%.2fM";
        return String.format(Locale.ROOT, format, m);
    }

    /** A share as a percentage: 99.4 %. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    static String squareMetres(double m2) {
        return String.format(Locale.ROOT, "%,d m²", Math.round(m2));
    }

    /** A plain number to at most {@code decimals} decimals, without trailing zeros: 4, 0.35, 12.5. */
    static String number(double x, int decimals) {
        return new java.math.BigDecimal(x).setScale(decimals, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
