package parksim.policy;

import java.io.Serializable;
import parksim.core.Segment;

/**
 * An effect a programme has on its park this month beyond the built-in ones ({@link ProgrammeEffects}):
 * a new kind of programme brings its own class and adds an instance with
 * {@link ProgrammeEffects#add} from {@link ParkProgramme#act}. It acts through what the model reads
 * of a park's programmes, so a policy still changes outcomes only through a firm or the park:
 * prospects hear of the park more readily, value its talent pool more, or tenants produce more.
 */
public interface ProgrammeEffect extends Serializable {
    /** Added monthly chance (0–1) that a prospect of {@code segment} hears of the park, independent of promotion's. */
    default double awarenessBoost(Segment segment) { return 0; }

    /** Added to the park's talent pool as prospects value it. */
    default double talentBoost() { return 0; }

    /** Added to tenants' productivity (0.05: 5 % more output from the same capacity). */
    default double productivityBoost() { return 0; }
}
