package parksim.model;

import java.io.Serializable;

/**
 * A park's equity fund: its own capital, kept apart from the incentive budget (figure C7 counts
 * financing arranged, not grants). Stakes go out at signing and come back, with a gain or a loss,
 * when the firm lists, withdraws or closes; what is still held is reported at cost.
 */
final class FundAccount implements Serializable {
    private static final long serialVersionUID = 1L;

    private double capitalLeft;
    private double investedCum;
    private double investedThisMonth;
    private double recoveredCum;
    private double holdingsAtCost;

    /** Sets the capital available for new stakes (a new policy package's fund less what is invested). */
    void resetCapital(double capital) {
        capitalLeft = Math.max(0, capital - holdingsAtCost);
    }

    double capitalLeft() { return capitalLeft; }

    /** Takes a stake of up to {@code amount}; returns what the fund could invest. */
    double invest(double amount) {
        double taken = Math.min(amount, capitalLeft);
        capitalLeft -= taken;
        investedCum += taken;
        investedThisMonth += taken;
        holdingsAtCost += taken;
        return taken;
    }

    /** Ends a stake of {@code stake} (at cost), returning {@code multiple} times it to the fund's capital. */
    void recover(double stake, double multiple) {
        if (stake <= 0) return;
        holdingsAtCost = Math.max(0, holdingsAtCost - stake);
        double back = stake * Math.max(0, multiple);
        recoveredCum += back;
        capitalLeft += back;
    }

    void beginMonth() { investedThisMonth = 0; }

    double investedCum() { return investedCum; }
    double investedThisMonth() { return investedThisMonth; }
    double recoveredCum() { return recoveredCum; }
    double holdingsAtCost() { return holdingsAtCost; }
}
