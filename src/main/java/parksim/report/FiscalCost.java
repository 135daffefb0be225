package parksim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import org.apache.commons.math3.stat.StatUtils;
import parksim.core.CalendarMonth;
import parksim.core.Metric;
import parksim.results.ResultSet;
import parksim.results.VariantData;

/**
 * Net fiscal cost: incentives paid minus the tax the park's tenants paid, per calendar year and
 * cumulated from the first recorded month, mean over each variant's runs; and, against the baseline at
 * the last compared month, the extra net cost per additional signed tenant and per additional job,
 * with Fieller's 95 % interval ({@link Ratio}) over the runs paired by seed. Needs monthly records of
 * {@code spend_cny} and {@code tax_cny}; without them (older folders, sweeps recording only some
 * months) there is no fiscal table.
 */
public final class FiscalCost {
    /** One variant's net cost in one year, and cumulated to the year's last recorded month (mean over runs, ¥). */
    public record Year(String variant, String park, int year, double netCny, double cumulativeCny) {}

    /** A variant against the baseline: extra cumulative net cost (¥, paired mean) and ¥M per additional tenant and job. */
    public record Against(String variant, String park, CalendarMonth to, double extraNetCny, Ratio perTenant, Ratio perJob) {}

    public record Result(List<Year> years, List<Against> against) {
        public boolean isEmpty() { return years.isEmpty(); }
    }

    private FiscalCost() {}

    public static Result of(ResultSet results, String baseline, CalendarMonth to) {
        List<Year> years = new ArrayList<>();
        List<Against> against = new ArrayList<>();
        ResultSet.Variant base = results.variant(baseline);
        for (String park : results.parks()) {
            for (ResultSet.Variant v : results.variants()) {
                Map<Long, TreeMap<CalendarMonth, Double>> net = netBySeed(v, park);
                if (net == null) return new Result(List.of(), List.of());
                years.addAll(years(v.name(), park, net));
            }
            for (ResultSet.Variant v : results.variants()) {
                if (v != base) against.add(against(v, base, park, to));
            }
        }
        return new Result(years, against);
    }

    /** Each run's net cost per month (seed → month → ¥), or null without monthly spend and tax records. */
    private static Map<Long, TreeMap<CalendarMonth, Double>> netBySeed(ResultSet.Variant v, String park) {
        VariantData d = v.data();
        if (!d.has(Metric.SPEND) || !d.has(Metric.TAX) || !d.hasPark(park)) return null;
        NavigableSet<CalendarMonth> months = d.months(park);
        if (months.first().monthsUntil(months.last()) != months.size() - 1) return null;
        Map<Long, TreeMap<CalendarMonth, Double>> bySeed = new TreeMap<>();
        for (CalendarMonth m : months) {
            VariantData.Observations spend = d.observations(park, Metric.SPEND, m);
            VariantData.Observations tax = d.observations(park, Metric.TAX, m);
            for (int i = 0; i < spend.n(); i++) {
                bySeed.computeIfAbsent(spend.seeds()[i], s -> new TreeMap<>()).merge(m, spend.values()[i], Double::sum);
                bySeed.computeIfAbsent(tax.seeds()[i], s -> new TreeMap<>()).merge(m, -tax.values()[i], Double::sum);
            }
        }
        return bySeed;
    }

    private static List<Year> years(String variant, String park, Map<Long, TreeMap<CalendarMonth, Double>> net) {
        TreeMap<Integer, double[]> byYear = new TreeMap<>();
        int runs = net.size();
        int r = 0;
        for (TreeMap<CalendarMonth, Double> run : net.values()) {
            for (Map.Entry<CalendarMonth, Double> e : run.entrySet()) {
                byYear.computeIfAbsent(e.getKey().year(), y -> new double[runs])[r] += e.getValue();
            }
            r++;
        }
        List<Year> years = new ArrayList<>();
        double cumulative = 0;
        for (Map.Entry<Integer, double[]> e : byYear.entrySet()) {
            double mean = StatUtils.mean(e.getValue());
            cumulative += mean;
            years.add(new Year(variant, park, e.getKey(), mean, cumulative));
        }
        return years;
    }

    private static Against against(ResultSet.Variant v, ResultSet.Variant base, String park, CalendarMonth to) {
        String notPaired = Pairing.whyNot(v.name(), v.data().runs(), base.name(), base.data().runs());
        double[][] cost = notPaired == null ? Pairing.align(cumulative(v, park, to), cumulative(base, park, to)) : null;
        if (cost == null) {
            return new Against(v.name(), park, to, Double.NaN, Ratio.none(Ratio.NOT_PAIRED), Ratio.none(Ratio.NOT_PAIRED));
        }
        double[] extraM = new double[cost[0].length];
        for (int i = 0; i < extraM.length; i++) extraM[i] = (cost[0][i] - cost[1][i]) / 1e6;
        return new Against(v.name(), park, to, StatUtils.mean(extraM) * 1e6,
                per(extraM, v, base, park, Metric.TENANTS_SIGNED_CUM, to, "the additional signed tenants"),
                per(extraM, v, base, park, Metric.EMPLOYMENT, to, "the additional jobs"));
    }

    private static Ratio per(double[] extraM, ResultSet.Variant v, ResultSet.Variant base, String park, Metric m, CalendarMonth to, String what) {
        if (!v.data().has(m) || !base.data().has(m)) return Ratio.none(m.column() + " not recorded");
        double[][] outcome = Pairing.align(v.data().observations(park, m, to), base.data().observations(park, m, to));
        if (outcome == null || outcome[0].length != extraM.length) return Ratio.none(Ratio.NOT_PAIRED);
        double[] extra = new double[extraM.length];
        for (int i = 0; i < extra.length; i++) extra[i] = outcome[0][i] - outcome[1][i];
        return Ratio.fieller(extraM, extra, what);
    }

    /** Each run's net cost cumulated to {@code to}, as observations by seed. */
    private static VariantData.Observations cumulative(ResultSet.Variant v, String park, CalendarMonth to) {
        Map<Long, TreeMap<CalendarMonth, Double>> net = netBySeed(v, park);
        double[] values = new double[net.size()];
        long[] seeds = new long[net.size()];
        int i = 0;
        for (Map.Entry<Long, TreeMap<CalendarMonth, Double>> e : net.entrySet()) {
            seeds[i] = e.getKey();
            values[i++] = e.getValue().headMap(to, true).values().stream().mapToDouble(Double::doubleValue).sum();
        }
        return new VariantData.Observations(values, seeds);
    }
}
