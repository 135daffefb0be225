package parksim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.EnumMap;
import java.util.Map;
import parksim.core.Segment;
import parksim.model.Stage;

/**
 * The display's visual vocabulary: a colour per value-chain segment and a drawing style per stage.
 * Colours are fixed per segment (never drawn at random), so the same firm looks the same in every run.
 */
final class Palette {
    private Palette() {}

    /**
     * Okabe–Ito colours (Okabe and Ito 2008), distinguishable with every common colour-vision
     * deficiency, one per segment; services, the ninth, takes a brown outside the set. Yellow is
     * kept for a filled circle (it has a dark outline) but never used for a chart line.
     */
    private static final Map<Segment, Color> SEGMENT = new EnumMap<>(Map.of(
            Segment.STORAGE, new Color(0x0072B2),
            Segment.RESEARCH, new Color(0xE69F00),
            Segment.PRODUCTION, new Color(0xD55E00),
            Segment.PREPARATION, new Color(0x56B4E9),
            Segment.THERAPY, new Color(0x009E73),
            Segment.CONSUMABLES, new Color(0xF0E442),
            Segment.DERIVATIVES, new Color(0xCC79A7),
            Segment.SERVICES, new Color(0x8C6D46)));

    /** Chart lines: the Okabe–Ito colours that stand out on white (no yellow), the darkest first. */
    private static final Color[] LINES = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), Color.BLACK};

    static final Color ENDED = new Color(0xB4B4B4);
    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = new Color(0x333333);
    static final Color FAINT = new Color(0xDDDDDD);
    static final Color EDGE = new Color(90, 90, 90, 70);
    static final Color FLOOR_OCCUPIED = new Color(0xD6E4F0);
    static final Color FLOOR_RESERVED = new Color(0xEEF3F8);
    static final Color PARK = new Color(0x444444);

    static Color segment(Segment s) { return SEGMENT.get(s); }

    /** The colour of a chart's i-th line. */
    static Color line(int i) { return LINES[i % LINES.length]; }

    /** How a firm in a stage is drawn: outline only, half filled, filled, or greyed. */
    enum Style {
        DASHED_OUTLINE("negotiating", new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2.5f, 2f}, 0f)),
        THIN_OUTLINE("signed, waiting for floor", new BasicStroke(1.2f)),
        THICK_OUTLINE("fitting out", new BasicStroke(2.6f)),
        HALF_FILLED("trial production", new BasicStroke(1.2f)),
        FILLED("operating", new BasicStroke(1f)),
        GREYED("declined, withdrawn or exited", new BasicStroke(1f));

        final String label;
        final Stroke stroke;

        Style(String label, Stroke stroke) {
            this.label = label;
            this.stroke = stroke;
        }
    }

    static Style style(Stage stage) {
        return switch (stage) {
            case PROSPECT, NEGOTIATING -> Style.DASHED_OUTLINE;
            case SIGNED -> Style.THIN_OUTLINE;
            case FITTING_OUT -> Style.THICK_OUTLINE;
            case TRIAL -> Style.HALF_FILLED;
            case OPERATING -> Style.FILLED;
            case DECLINED, WITHDRAWN, EXITED -> Style.GREYED;
        };
    }
}
