package parksim.optimise;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Metric;
import parksim.experiment.RunResult;
import parksim.experiment.Sweep;
import parksim.observe.ParkMonth;
import parksim.policy.RentSubsidy;
import parksim.policy.TalentSubsidy;
import parksim.policy.TaxRebate;
import parksim.scenario.ParkSpec;
import parksim.scenario.Scenario;

/**
 * A synthetic park where only one instrument works: rent relief brings tenants, tax rebate and talent allowance cost
 * money and bring nobody. Each instrument costs in proportion to its setting (rent ¥30M per unit of share, tax ¥20M,
 * talent ¥1M per ¥5,000 a head); the budget rations all of them alike, as the model does. Tenants open by the end:
 * 10 + 20 × the funded rent share, plus noise common to a seed (common random numbers) and a little of the run's own.
 * So at budget B the best package puts everything into rent up to B / ¥30M and nothing into the others, and the front
 * of tenants against spend is 10 + 20 × spend / ¥30M up to ¥30M.
 */
final class SyntheticPark {
    static final double RENT_COST = 30e6, TAX_COST = 20e6, TALENT_COST_PER_5000 = 1e6;

    private SyntheticPark() {}

    static double cost(double rent, double tax, double talent) {
        return rent * RENT_COST + tax * TAX_COST + talent / 5000 * TALENT_COST_PER_5000;
    }

    /** The known front: the most tenants a spend can buy. */
    static double bestAt(double spend) {
        return 10 + 20 * Math.min(1, spend / RENT_COST);
    }

    static final Sweep.Executor EXECUTOR = (spec, summary, rows) -> {
        Scenario s = spec.scenario();
        ParkSpec park = s.parks().get(0);
        double rent = park.policies().get(RentSubsidy.class).share(), tax = park.policies().get(TaxRebate.class).share();
        double talent = park.policies().get(TalentSubsidy.class).perEmployeePerYear();
        double wanted = cost(rent, tax, talent), spend = Math.min(park.budget(), wanted);
        double funded = wanted > 0 ? rent * spend / wanted : 0;
        MersenneTwisterFast common = new MersenneTwisterFast(spec.seed());
        MersenneTwisterFast own = new MersenneTwisterFast(spec.seed() * 31 + spec.variant().hashCode());
        double tenants = 10 + 20 * funded + 2 * common.nextGaussian() + 0.3 * own.nextGaussian();
        ParkMonth last = null;
        for (int m = 0; m < s.months(); m++) {
            double[] v = new double[Metric.COUNT];
            CalendarMonth date = s.start().plus(m);
            v[Metric.TENANTS_OPEN.ordinal()] = m == s.months() - 1 ? tenants : 0;
            v[Metric.SPEND_CUM.ordinal()] = spend * (m + 1) / s.months();
            last = new ParkMonth(date, park.id(), v);
            if (rows != null) rows.accept(last);
        }
        return new RunResult(spec.identity(), List.of(), sink -> { }, List.of(last), List.of(), 0, s.months());
    };

    /** An optimisation file over the three instruments of the Yanji projection, with {@code extra} fields. */
    static Path file(Path dir, String extra) throws IOException {
        String scenario = Path.of("scenarios/yanji-projection.json").toAbsolutePath().toString().replace("\\", "/");
        Path f = dir.resolve("synthetic.json");
        Files.writeString(f, """
                {"name": "synthetic", "scenario": "%s", "replications": 4, "seed": 1,
                 "objective": {"metric": "tenants_open", "park": "yanji", "date": "2030-12"},
                 "levers": [
                   {"name": "rent", "path": "parks[yanji].policies.rentSubsidy.share"},
                   {"name": "tax", "path": "parks[yanji].policies.taxRebate.share"},
                   {"name": "talent", "path": "parks[yanji].policies.talentSubsidy.perEmployeePerYear", "max": 50000}
                 ],
                 %s}
                """.formatted(scenario, extra));
        return f;
    }
}
