package parksim.policy;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One kind of policy instrument as the rest of parksim knows it: the field a scenario names it by,
 * the record it is read into, the column its spend is written to, a short word for labels, what
 * pays for it and the levers the GUI's Model tab offers. Each instrument class declares its own
 * ({@code RentSubsidy.KIND}); the {@link InstrumentCatalog} holds them.
 *
 * @param id      the field name in {@code parks[].policies}
 * @param column  the spend column, {@code spend_<column>_cny}
 * @param word    what variant labels call it ("rent", "promotion")
 * @param type    the record a scenario's object is read into: a {@link FirmIncentive} or a {@link ParkProgramme}
 * @param funding whether the incentive budget pays for it or it invests its own capital
 * @param levers  parameters a user may change while watching a run
 */
public record InstrumentKind(String id, String column, String word, Class<? extends Instrument> type, Funding funding,
                             List<Lever> levers) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What pays for an instrument. */
    public enum Funding {
        /** The park's incentive budget: its spend has a column in summary.csv. */
        BUDGET,
        /** Its own capital (the equity fund): financing arranged, not a grant. */
        OWN_CAPITAL
    }

    public InstrumentKind {
        if (id == null || !id.matches("[a-z][A-Za-z0-9]*")) throw new IllegalArgumentException("instrument id must be a camelCase name, not " + id);
        if (column == null || !column.matches("[a-z0-9_]+")) throw new IllegalArgumentException("instrument " + id + ": spend column must be snake_case, not " + column);
        if (word == null || word.isBlank()) throw new IllegalArgumentException("instrument " + id + " needs a word for labels");
        if (type == null || !FirmIncentive.class.isAssignableFrom(type) && !ParkProgramme.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("instrument " + id + ": " + type + " is neither a FirmIncentive nor a ParkProgramme");
        }
        if (funding == null) throw new IllegalArgumentException("instrument " + id + " needs a funding");
        levers = List.copyOf(levers);
        Set<String> fields = new HashSet<>();
        for (Lever l : levers) if (!fields.add(l.field())) throw new IllegalArgumentException("instrument " + id + " declares lever " + l.field() + " twice");
    }

    /** A kind paid from the incentive budget. */
    public static InstrumentKind budgeted(String id, String column, String word, Class<? extends Instrument> type, Lever... levers) {
        return new InstrumentKind(id, column, word, type, Funding.BUDGET, List.of(levers));
    }

    /** Whether its money comes from the incentive budget. */
    public boolean paidFromBudget() { return funding == Funding.BUDGET; }

    /** Its display name, from its spend column: "rent subsidy", "public platforms". */
    public String label() { return column.replace('_', ' '); }

    /** Its lever of {@code field}, or null. */
    public Lever lever(String field) {
        for (Lever l : levers) if (l.field().equals(field)) return l;
        return null;
    }
}
