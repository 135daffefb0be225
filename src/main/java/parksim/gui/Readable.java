package parksim.gui;

import java.util.Locale;

/** Money as a reader wants it on screen: rounded to what matters, with its unit. */
final class Readable {
    private Readable() {}

    /** ¥ in millions, with fewer decimals the larger the amount: ¥0.45M, ¥12.3M, ¥1,234M. */
    static String money(double yuan) {
        double m = yuan / 1e6;
        String format = Math.abs(m) >= 100 ? "¥%,.0fM" : Math.abs(m) >= 10 ? "¥%.1fM" : "¥%.2fM";
        return String.format(Locale.ROOT, format, m);
    }
}
