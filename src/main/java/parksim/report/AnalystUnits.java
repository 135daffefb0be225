package parksim.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import parksim.core.Metric;

/**
 * Figures as an analyst reads them in the terminal: whole numbers for counts, percentages for
 * shares, money in ¥M with one decimal, thousands grouped; every value of a row in the same unit
 * and precision.
 */
public final class AnalystUnits {
    private AnalystUnits() {}

    /** The number alone, in the metric's display unit ("42", "2,810.4" for ¥M, "100" for a share). */
    public static String number(Metric.Unit unit, double value) {
        if (Double.isNaN(value)) return "NA";
        String s = switch (unit) {
            case MONEY -> String.format(Locale.ROOT, "%,.1f", value / 1e6);
            case SHARE -> String.format(Locale.ROOT, "%,.0f", value * 100);
            case COUNT, AREA -> String.format(Locale.ROOT, "%,.0f", value);
        };
        return s.matches("-0(\\.0)?") ? s.substring(1) : s;
    }

    /** The unit symbol shown after {@link #number}: "¥M", "%", "m²", or the given word for counts. */
    public static String unit(Metric.Unit unit, String countWord) {
        return switch (unit) {
            case MONEY -> "¥M";
            case SHARE -> "%";
            case AREA -> "m²";
            case COUNT -> countWord;
        };
    }

    /** What a scenario field's number is: a sum of money (shown in ¥M), money per m², employee or month (shown in ¥), or neither. */
    public enum Money { TOTAL, PER_UNIT, NONE }

    /** The scenario's money fields, by name; each is documented as ¥ in its record. */
    private static final Set<String> MONEY_TOTALS = Set.of("budget", "appropriations", "constructionBudget", "capacity", "investment",
            "investmentMedian", "investmentMax", "demandPerYear", "listingMinOutput", "preRevenueMinInvestment", "maxOfferPerFirm",
            "maxPerFirm", "capital", "grant", "costPerEvent", "costPerYear", "costPerMonth", "costPerPlatformPerYear");
    private static final Set<String> MONEY_PER_UNIT = Set.of("rentPerM2", "perM2", "costPerM2", "perEmployeePerYear");

    /**
     * Whether the number at a scenario path ("parks[yanji].tenants[kasen].capacity", or as a lever reads,
     * "appropriations 2025") is money: by its field's name, the year of an appropriation standing for its map.
     * The choice model's coefficients ({@code model.choice.rentPerM2}: utility per ¥) are not money.
     */
    public static Money money(String path) {
        List<String> steps = List.of(path.split("[. ]"));
        if (steps.contains("choice")) return Money.NONE;
        String field = steps.get(steps.size() - 1);
        if (field.matches("\\d{4}") && steps.size() > 1) field = steps.get(steps.size() - 2);
        return MONEY_TOTALS.contains(field) ? Money.TOTAL : MONEY_PER_UNIT.contains(field) ? Money.PER_UNIT : Money.NONE;
    }

    /** A scenario input's value as an analyst reads it: "¥120.0M" for a sum, "¥1,500" per unit, the number otherwise. */
    public static String input(String path, double value) {
        return switch (money(path)) {
            case TOTAL -> amount(Metric.Unit.MONEY, value);
            case PER_UNIT -> (value < 0 ? "-¥" : "¥") + String.format(Locale.ROOT, value == Math.rint(value) ? "%,.0f" : "%,.2f", Math.abs(value));
            case NONE -> parksim.core.Fmt.number(value);
        };
    }

    /** A value with its unit as in a sentence: "¥103.2M", "75 %", "42". */
    public static String amount(Metric.Unit unit, double value) {
        if (Double.isNaN(value)) return "NA";
        return switch (unit) {
            case MONEY -> (value < 0 ? "-¥" : "¥") + number(unit, Math.abs(value)) + "M";
            case SHARE -> number(unit, value) + " %";
            case AREA -> number(unit, value) + " m²";
            case COUNT -> number(unit, value);
        };
    }
}
