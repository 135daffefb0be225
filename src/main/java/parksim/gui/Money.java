package parksim.gui;

/** ¥ amounts as inspectors and charts show them: millions, to two decimals. */
final class Money {
    private Money() {}

    static double millions(double yuan) {
        return Math.round(yuan / 1e4) / 100.0;
    }
}
