package parksim.scenario;

import java.io.Serializable;
import parksim.core.CalendarMonth;
import parksim.core.FieldException;
import parksim.core.Require;
import parksim.core.Segment;

/**
 * A firm already in a park's pipeline at the start (projection scenarios).
 *
 * <p>Dates before the start month record history; the stage says where the firm is now. A
 * tenant without a {@code capacity} gets its segment's typical output per investment. Its {@code investment}
 * is what it puts in (the park knows its tenants), and counts as announced too.
 * {@code listed}, if given, is the month by which the firm had listed.
 */
public record TenantSpec(
        String id,
        String name,
        Segment segment,
        TenantStage stage,
        Double investment,
        Double floor,
        Double capacity,
        Integer employees,
        String building,
        CalendarMonth signed,
        CalendarMonth movedIn,
        CalendarMonth trialFrom,
        CalendarMonth operatingFrom,
        CalendarMonth listed) implements Serializable {
    private static final long serialVersionUID = 1L;

    public TenantSpec {
        Require.id(id, "id");
        if (name == null) name = id;
        Require.present(segment, "segment", "a value-chain segment");
        Require.present(stage, "stage", "one of signed, fitting_out, trial, operating");
        Require.positive(investment, "investment");
        Require.positive(floor, "floor");
        if (capacity != null) Require.positive(capacity, "capacity");
        if (employees != null) Require.count(employees, 0, "employees");
        Require.present(signed, "signed", "the month the entry agreement was signed, YYYY-MM");
        boolean movedInRequired = stage != TenantStage.SIGNED;
        if (movedInRequired) Require.present(movedIn, "movedIn", "the month the firm moved in, YYYY-MM");
        if (stage == TenantStage.TRIAL || stage == TenantStage.OPERATING) {
            Require.present(trialFrom, "trialFrom", "the month trial production began, YYYY-MM");
        }
        if (stage == TenantStage.OPERATING) {
            Require.present(operatingFrom, "operatingFrom", "the month full operation began, YYYY-MM");
        }
        Require.ordered(signed, movedIn, "movedIn");
        Require.ordered(movedIn, trialFrom, "trialFrom");
        Require.ordered(trialFrom, operatingFrom, "operatingFrom");
        if (listed != null && stage != TenantStage.OPERATING) {
            throw new FieldException("listed", "a listing date only for an operating tenant", listed.toString());
        }
    }
}
