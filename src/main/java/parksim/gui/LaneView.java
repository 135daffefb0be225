package parksim.gui;

/** A labelled strip of a single-park display holding firms that have no floor: in talks, or gone. */
public final class LaneView {
    final String title;
    final double width;
    final double height;
    /** Text shown after the title, set by the layout each month. */
    String status = "";

    LaneView(String title, double width, double height) {
        this.title = title;
        this.width = width;
        this.height = height;
    }

    public String getTitle() { return title; }
    public String getStatus() { return status; }

    @Override
    public String toString() { return title; }
}
