package parksim.policy;

import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Require;
import parksim.core.Segment;

/** Pays a tenant a yearly amount per employee for {@code months} months after it opens (figure A4's talent policy). */
public record TalentSubsidy(Double perEmployeePerYear, Integer months, List<Segment> segments,
                            CalendarMonth start, CalendarMonth end) implements FirmIncentive {
    private static final long serialVersionUID = 1L;
    public static final InstrumentKind KIND = InstrumentKind.budgeted("talentSubsidy", "talent_subsidy", "talent", TalentSubsidy.class,
            Lever.number("perEmployeePerYear", "Talent subsidy (¥ per employee a year)", 0, 100000,
                    "Talent subsidy per employee, ¥ a year, after a tenant opens."));

    public TalentSubsidy {
        Require.atLeast(perEmployeePerYear, 0, "perEmployeePerYear");
        Require.count(months, 0, "months");
        segments = Require.list(segments, "segments");
        Require.ordered(start, end, "end");
    }

    @Override
    public Term termFor(Applicant a, CalendarMonth month) {
        return offeredTo(a.segment(), month) ? new Terms.Talent(perEmployeePerYear, months) : null;
    }

    @Override
    public String describe() {
        return Terms.fmt("talent ¥%.0f per employee a year for %d months", perEmployeePerYear, months);
    }
}
