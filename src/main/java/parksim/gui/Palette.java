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

    /** Colour-blind-safe qualitative colours (Tableau 10), one per segment. */
    private static final Map<Segment, Color> SEGMENT = new EnumMap<>(Map.of(
            Segment.STORAGE, new Color(0x4E79A7),
            Segment.RESEARCH, new Color(0xF28E2B),
            Segment.PRODUCTION, new Color(0xE15759),
            Segment.PREPARATION, new Color(0x76B7B2),
            Segment.THERAPY, new Color(0x59A14F),
            Segment.CONSUMABLES, new Color(0xEDC948),
            Segment.DERIVATIVES, new Color(0xB07AA1),
            Segment.SERVICES, new Color(0x9C755F)));

    static final Color ENDED = new Color(0xB4B4B4);
    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = new Color(0x333333);
    static final Color FAINT = new Color(0xDDDDDD);
    static final Color EDGE = new Color(90, 90, 90, 70);
    static final Color FLOOR_OCCUPIED = new Color(0xD6E4F0);
    static final Color FLOOR_RESERVED = new Color(0xEEF3F8);
    static final Color PARK = new Color(0x444444);

    static Color segment(Segment s) { return SEGMENT.get(s); }

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
