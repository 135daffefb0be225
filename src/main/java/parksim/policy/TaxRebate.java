package parksim.policy;

import java.util.List;
import parksim.core.CalendarMonth;
import parksim.core.Segment;

/** Returns {@code share} of the tax a tenant pays, for {@code months} months after it opens (trial production). */
public record TaxRebate(Double share, Integer months, List<Segment> segments, CalendarMonth start, CalendarMonth end)
        implements ShareForMonths {
    private static final long serialVersionUID = 1L;
    public static final InstrumentKind KIND = InstrumentKind.budgeted("taxRebate", "tax_rebate", "tax rebate", TaxRebate.class,
            Lever.number("share", "Tax rebate, share of tax (0–1)", 0, 1, "Share of the tax a tenant pays that the park returns after it opens."),
            Lever.whole("months", "Tax rebate, months", 0, 120, "Months after opening the tax rebate lasts."));

    public TaxRebate {
        segments = ShareForMonths.check(share, months, segments, start, end);
    }

    @Override
    public Term term() { return new Terms.TaxRebate(share, months); }

    @Override
    public String name() { return "tax rebate"; }
}
