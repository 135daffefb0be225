package parksim.model;

import java.util.Locale;

/**
 * Where a mobile investment project stands with a park. {@code PROSPECT} projects have not chosen
 * a park yet; the last three stages are endings: {@code DECLINED} (talks ended without an entry
 * agreement), {@code WITHDRAWN} (signed, never moved in) and {@code EXITED} (closed or left).
 */
public enum Stage {
    PROSPECT, NEGOTIATING, SIGNED, FITTING_OUT, TRIAL, OPERATING, DECLINED, WITHDRAWN, EXITED;

    public static final int COUNT = values().length;

    /** Moved in and producing: what figure Y5 calls "opened". */
    public boolean isOpen() { return this == TRIAL || this == OPERATING; }

    /** Occupies floor in a building. */
    public boolean occupiesFloor() { return this == FITTING_OUT || this == TRIAL || this == OPERATING; }

    /** Still in the pipeline or a tenant: the firm is stepped each month. */
    public boolean isActive() { return this != PROSPECT && this != DECLINED && this != WITHDRAWN && this != EXITED; }

    public String id() { return name().toLowerCase(Locale.ROOT); }
}
