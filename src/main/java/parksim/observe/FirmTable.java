package parksim.observe;

import java.util.ArrayList;
import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Fmt;
import parksim.model.Firm;
import parksim.model.Stage;

/** The columns of {@code firms.csv}: one row per firm that ever entered a park's pipeline. */
public final class FirmTable {
    private static final List<Stage> DATED = List.of(Stage.NEGOTIATING, Stage.SIGNED, Stage.FITTING_OUT, Stage.TRIAL,
            Stage.OPERATING, Stage.DECLINED, Stage.WITHDRAWN, Stage.EXITED);
    public static final List<String> HEADER;

    static {
        List<String> h = new ArrayList<>(List.of("run_id", "scenario", "variant", "replicate", "seed", "firm_id", "name",
                "park", "segment", "investment_cny", "investment_realised_cny", "floor_m2", "capacity_cny", "employees"));
        for (Stage s : DATED) h.add(s.id());
        h.addAll(List.of("listed", "final_stage", "output_last_12m_cny", "subsidies_cny", "cash_cny",
                "promised_cny", "promised_beyond_horizon_cny", "arrears_owed_cny"));
        HEADER = List.copyOf(h);
    }

    private FirmTable() {}

    static List<String> row(RunIdentity id, Firm f, CalendarMonth start) {
        List<String> r = new ArrayList<>(HEADER.size());
        r.add(id.runId());
        r.add(id.scenario());
        r.add(id.variant());
        r.add(Integer.toString(id.replicate()));
        r.add(Long.toString(id.seed()));
        r.add(f.id());
        r.add(f.name());
        r.add(f.park().id());
        r.add(f.segment().id());
        r.add(Fmt.whole(f.announcedInvestment()));
        r.add(Fmt.whole(f.realisedToDate()));
        r.add(Fmt.whole(f.floor()));
        r.add(Fmt.whole(f.capacity()));
        r.add(Integer.toString(f.employees()));
        for (Stage s : DATED) r.add(date(start, f.monthOf(s)));
        r.add(date(start, f.listedMonth()));
        r.add(f.stage().id());
        r.add(Fmt.whole(f.output12m()));
        r.add(Fmt.whole(f.subsidiesReceived()));
        r.add(Fmt.whole(f.cash()));
        r.add(Fmt.whole(f.promisedAtStart()));
        r.add(Fmt.whole(f.promisedBeyondHorizon()));
        r.add(Fmt.whole(f.arrearsOwed()));
        return r;
    }

    private static String date(CalendarMonth start, int monthIndex) {
        return monthIndex == Firm.NEVER ? "" : start.plus(monthIndex).toString();
    }
}
