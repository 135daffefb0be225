package parksim.report;

import java.util.Locale;
import java.util.Map;
import parksim.core.Metric;

/** How comparison figures are shown to people (terminal, report): money in ¥M, about three significant digits, NA for missing. */
public final class Display {
    private static final Map<Metric, String> LABELS = Map.ofEntries(
            Map.entry(Metric.TENANTS_SIGNED_CUM, "tenants signed (cumulative)"),
            Map.entry(Metric.TENANTS_OPEN, "tenants open"),
            Map.entry(Metric.OUTPUT_12M, "output, last 12 months"),
            Map.entry(Metric.OUTPUT, "output this month"),
            Map.entry(Metric.EMPLOYMENT, "employment"),
            Map.entry(Metric.INVESTMENT_CUM, "investment announced"),
            Map.entry(Metric.INVESTMENT_REALISED_CUM, "investment realised"),
            Map.entry(Metric.CHAIN_COMPLETENESS, "chain completeness"),
            Map.entry(Metric.SPEND_CUM, "incentive spend, cumulative"),
            Map.entry(Metric.OCCUPIED_M2, "floor occupied"),
            Map.entry(Metric.TAX, "tax this month"),
            Map.entry(Metric.LISTED, "listed tenants"));

    private Display() {}

    /** A metric's name in words, with the unit it is shown in. */
    public static String label(Metric m) {
        String unit = unit(m);
        return LABELS.getOrDefault(m, m.column()) + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    /** A metric's name in words, without unit. */
    public static String name(Metric m) {
        return LABELS.getOrDefault(m, m.column());
    }

    public static String unit(Metric m) {
        return switch (m.unit()) {
            case MONEY -> "¥M";
            case AREA -> "m²";
            case SHARE, COUNT -> "";
        };
    }

    /** The unit as written in comparison.csv (values there are unscaled). */
    public static String csvUnit(Metric m) {
        return switch (m.unit()) {
            case MONEY -> "cny";
            case AREA -> "m2";
            case SHARE -> "share";
            case COUNT -> "count";
        };
    }

    public static double scale(Metric m) {
        return m.unit() == Metric.Unit.MONEY ? 1e6 : 1.0;
    }

    public static String value(Metric m, double v) {
        return num(v / scale(m));
    }

    public static String signed(Metric m, double v) {
        if (Double.isNaN(v)) return "NA";
        String s = num(v / scale(m));
        return v > 0 ? "+" + s : s;
    }

    /** An amount with its unit, as in a sentence: "6.2", "¥120M", "1200 m²". */
    public static String amount(Metric m, double v) {
        if (Double.isNaN(v)) return "NA";
        return switch (m.unit()) {
            case MONEY -> money(v);
            case AREA -> num(v) + " m²";
            case SHARE, COUNT -> num(v);
        };
    }

    /** An amount with its sign and unit: "+6.2", "-¥3.2M". */
    public static String signedAmount(Metric m, double v) {
        return v > 0 ? "+" + amount(m, v) : amount(m, v);
    }

    /** An interval with units: "3.1 to 9.3", "-¥30M to ¥270M". */
    public static String amountInterval(Metric m, double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) return "NA";
        return amount(m, low) + " to " + amount(m, high);
    }

    /** Money in ¥M with its sign: "¥41M", "-¥3.2M". */
    public static String money(double cny) {
        if (Double.isNaN(cny)) return "NA";
        String s = "¥" + num(Math.abs(cny) / 1e6) + "M";
        return cny < 0 ? "-" + s : s;
    }

    public static String num(double v) {
        if (Double.isNaN(v)) return "NA";
        double a = Math.abs(v);
        String s;
        if (a >= 100 || v == Math.rint(v)) s = String.format(Locale.ROOT, "%.0f", v);
        else if (a >= 10) s = String.format(Locale.ROOT, "%.1f", v);
        else if (a >= 0.01) s = String.format(Locale.ROOT, "%.2f", v);
        else s = String.format(Locale.ROOT, "%.2g", v);
        return s.equals("-0") || s.equals("-0.0") || s.equals("-0.00") ? s.substring(1) : s;
    }

    /** A p-value: "< 0.001", "0.012", "NA". */
    public static String p(double p) {
        if (Double.isNaN(p)) return "NA";
        if (p < 0.001) return "< 0.001";
        return String.format(Locale.ROOT, "%.3f", p);
    }

    /** A p-value in a sentence: "p < 0.001", "p < 0.01", "p = 0.03". */
    public static String pPhrase(double p) {
        if (p < 0.001) return "p < 0.001";
        if (p < 0.01) return "p < 0.01";
        return String.format(Locale.ROOT, "p = %.2g", p);
    }

    /** Stars for a Holm-adjusted p-value: * < 0.05, ** < 0.01, *** < 0.001. */
    public static String stars(double p) {
        if (Double.isNaN(p) || p >= 0.05) return "";
        return p < 0.001 ? "***" : p < 0.01 ? "**" : "*";
    }

    public static String percent(double share) {
        if (Double.isNaN(share)) return "NA";
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
