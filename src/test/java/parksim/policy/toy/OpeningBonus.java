package parksim.policy.toy;

import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Require;
import parksim.core.Segment;
import parksim.policy.FirmIncentive;
import parksim.policy.InstrumentKind;
import parksim.policy.InstrumentProvider;
import parksim.policy.Lever;
import parksim.policy.Term;

/**
 * A test-only firm incentive paid on an occasion the model does not name: a bonus of {@code amount}
 * in the month a tenant opens (its first month of trial production). The term picks that month out
 * of the monthly tenancy, so neither the model nor the budget needs to know of it.
 */
public record OpeningBonus(Double amount, List<Segment> segments, CalendarMonth start, CalendarMonth end)
        implements FirmIncentive {
    public static final InstrumentKind KIND = InstrumentKind.budgeted("openingBonus", "opening_bonus", "opening bonus", OpeningBonus.class,
            Lever.number("amount", "Opening bonus (¥)", 0, 1e7, "A bonus paid in the month a tenant opens."));

    /** Makes the bonus known to the installed catalog (named in META-INF/services). */
    public static final class Provider implements InstrumentProvider {
        @Override public InstrumentKind kind() { return KIND; }
    }

    public OpeningBonus {
        Require.atLeast(amount, 0, "amount");
        segments = Require.list(segments, "segments");
        Require.ordered(start, end, "end");
    }

    @Override
    public Term termFor(Applicant applicant, CalendarMonth month) {
        return offeredTo(applicant.segment(), month) ? new Bonus(amount) : null;
    }

    @Override
    public String describe() { return "opening bonus ¥" + amount; }

    /** The bonus in the first month open; its promise is costed along the expected tenancy like any monthly term. */
    public record Bonus(double amount) implements Term {
        @Override public String instrument() { return KIND.id(); }
        @Override public double due(Occasion o, Tenancy t) { return o == Occasion.MONTH && t.open() && t.monthsOpen() == 0 ? amount : 0; }
        @Override public boolean over(Tenancy t) { return t.open() && t.monthsOpen() >= 1; }
        @Override public Term scaled(double f) { return new Bonus(amount * f); }
        @Override public boolean isEmpty() { return amount <= 0; }
        @Override public String describe() { return "opening bonus ¥" + amount; }
    }
}
