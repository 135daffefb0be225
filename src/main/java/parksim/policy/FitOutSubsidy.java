package parksim.policy;

import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Require;
import parksim.core.Segment;

/** A one-off grant per m² of the tenant's floor, capped per firm, paid when the tenant moves in to fit out. */
public record FitOutSubsidy(Double perM2, Double maxPerFirm, List<Segment> segments, CalendarMonth start, CalendarMonth end)
        implements FirmIncentive {
    private static final long serialVersionUID = 1L;
    public static final InstrumentKind KIND = InstrumentKind.budgeted("fitOutSubsidy", "fit_out_subsidy", "fit-out", FitOutSubsidy.class,
            Lever.number("perM2", "Fit-out grant (¥ per m²)", 0, 2000,
                    "One-off grant per m² of floor, ¥, paid when a tenant moves in (capped per firm)."));

    public FitOutSubsidy {
        Require.atLeast(perM2, 0, "perM2");
        Require.atLeast(maxPerFirm, 0, "maxPerFirm");
        segments = Require.list(segments, "segments");
        Require.ordered(start, end, "end");
    }

    @Override
    public Term termFor(Applicant a, CalendarMonth month) {
        return offeredTo(a.segment(), month) ? new Terms.FitOutGrant(grantFor(a.floorM2())) : null;
    }

    public double grantFor(double floorM2) {
        return Math.min(perM2 * floorM2, maxPerFirm);
    }

    @Override
    public String describe() {
        return Terms.fmt("fit-out ¥%.0f/m² up to ¥%.2fM", perM2, maxPerFirm / 1e6);
    }
}
