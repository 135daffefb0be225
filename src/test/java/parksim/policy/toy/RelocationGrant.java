package parksim.policy.toy;

import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Require;
import parksim.core.Segment;
import parksim.policy.FirmIncentive;
import parksim.policy.InstrumentKind;
import parksim.policy.InstrumentProvider;
import parksim.policy.Lever;
import parksim.policy.ExpectedCost;
import parksim.policy.Offer;
import parksim.policy.Term;

/**
 * A toy eleventh instrument, to show that adding one is one class and its provider
 * ({@link Provider}, named in the test class path's {@code META-INF/services}): a grant of
 * {@code amount} paid when a firm signs.
 */
public record RelocationGrant(Double amount, List<Segment> segments, CalendarMonth start, CalendarMonth end)
        implements FirmIncentive {
    public static final InstrumentKind KIND = InstrumentKind.budgeted("relocationGrant", "relocation_grant", "relocation", RelocationGrant.class,
            Lever.number("amount", "Relocation grant (¥)", 0, 1e7, "A grant paid when a firm signs."));

    /** Makes the grant known to the installed catalog. */
    public static final class Provider implements InstrumentProvider {
        @Override public InstrumentKind kind() { return KIND; }
    }

    public RelocationGrant {
        Require.atLeast(amount, 0, "amount");
        segments = Require.list(segments, "segments");
        Require.ordered(start, end, "end");
    }

    @Override
    public Term termFor(Applicant applicant, CalendarMonth month) {
        return offeredTo(applicant.segment(), month) ? new Grant(amount) : null;
    }

    @Override
    public String describe() { return "relocation grant ¥" + amount; }

    /** The grant at signing. */
    public record Grant(double amount) implements Term {
        @Override public String instrument() { return "relocationGrant"; }
        @Override public double due(Occasion o, Tenancy t) { return o == Occasion.SIGNING ? amount : 0; }
        /** Due at signing, which the expected tenancy (from move-in on) does not see. */
        @Override public ExpectedCost expectedCost(Offer.Outlook o) { return o.moveInIn() <= 0 ? ExpectedCost.ZERO : new ExpectedCost(amount, 0); }
        @Override public boolean over(Tenancy t) { return true; }
        @Override public Term scaled(double f) { return new Grant(amount * f); }
        @Override public boolean isEmpty() { return amount <= 0; }
        @Override public String describe() { return "relocation grant ¥" + amount; }
    }
}
