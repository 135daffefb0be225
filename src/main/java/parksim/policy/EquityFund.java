package parksim.policy;

import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Require;
import parksim.core.Segment;

/**
 * A park-backed fund that takes a stake of {@code share} of a signing firm's investment, up to
 * {@code maxPerFirm}, while its {@code capital} lasts (figure C7's "fund – credit – listing" system).
 * It invests its own capital, not the incentive budget: financing arranged, not a grant. A stake
 * is recovered when the firm lists (at {@code 1 + listingReturn} times its cost), at cost when the
 * firm withdraws before moving in, and is lost when the firm closes; recovered money returns to the
 * fund's capital.
 */
public record EquityFund(Double capital, Double share, Double maxPerFirm, Double listingReturn, List<Segment> segments,
                         CalendarMonth start, CalendarMonth end) implements FirmIncentive {
    private static final long serialVersionUID = 1L;
    public static final InstrumentKind KIND = new InstrumentKind("equityFund", "equity_fund", "equity fund", EquityFund.class,
            InstrumentKind.Funding.OWN_CAPITAL, List.of(Lever.number("share", "Equity stake, share of investment (0–1)", 0, 1,
                    "Stake the park's equity fund takes in a signing firm, as a share of its investment (capped per firm, while capital lasts).")));

    /** A stake's gain at listing when the scenario does not say: an assumption (see docs/model.md). */
    public static final double DEFAULT_LISTING_RETURN = 1.0;

    public EquityFund {
        listingReturn = listingReturn == null ? DEFAULT_LISTING_RETURN : Require.between(listingReturn, -1, 100, "listingReturn");
        Require.atLeast(capital, 0, "capital");
        Require.share(share, "share");
        Require.atLeast(maxPerFirm, 0, "maxPerFirm");
        segments = Require.list(segments, "segments");
        Require.ordered(start, end, "end");
    }

    @Override
    public Term termFor(Applicant a, CalendarMonth month) {
        return offeredTo(a.segment(), month) ? new Terms.EquityStake(stakeFor(a.investment(), a.fundCapitalLeft())) : null;
    }

    /** The stake offered to a project of {@code investment}, given what is left of the fund. */
    public double stakeFor(double investment, double capitalLeft) {
        return Math.max(0, Math.min(Math.min(share * investment, maxPerFirm), capitalLeft));
    }

    @Override
    public String describe() {
        return Terms.fmt("equity fund ¥%.0fM, %.0f%% stakes", capital / 1e6, 100 * share);
    }
}
