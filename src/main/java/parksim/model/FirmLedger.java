package parksim.model;

import java.io.Serializable;
import java.util.Arrays;
import parksim.policy.Budget;
import parksim.policy.ExpectedCost;
import parksim.policy.Offer;
import parksim.policy.Term;

/**
 * A firm's account with its park's incentive budget: what its offer reserves while talks last, what
 * the signed agreement promises (within the horizon and after it), what was paid and what is owed.
 *
 * <p>An offer reserves its expected cost when talks begin and releases it if they fail; at signing
 * the reservation becomes a promise. Promised terms are a contract: each is paid as it falls due,
 * as far as the year's cash goes, the rest is owed as arrears and paid first once there is money.
 * The terms that run their course share one pool of promise (drawn on as they fall due, released
 * once they are all over); a held-apart term (a listing grant) keeps its own until its occasion.
 */
final class FirmLedger implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Offer offer;
    private final Budget budget;
    private final ExpectedCost[] promises;
    private final ExpectedCost promised;
    private boolean reserving;
    private double pool;
    private double poolBeyond;
    private final double[] heldApart;
    private double received;
    /** Owed for each term: fell due, not yet paid. */
    private final double[] owed;

    private FirmLedger(Offer offer, Budget budget, ExpectedCost[] promises) {
        this.offer = offer;
        this.budget = budget;
        this.promises = promises.clone();
        this.heldApart = new double[promises.length];
        this.owed = new double[promises.length];
        ExpectedCost sum = ExpectedCost.ZERO;
        for (ExpectedCost p : promises) sum = sum.plus(p);
        this.promised = sum;
    }

    /** The ledger of an offer under negotiation: its expected cost within the horizon is reserved. */
    static FirmLedger offered(Offer offer, ExpectedCost[] promises, Budget budget) {
        FirmLedger l = new FirmLedger(offer, budget, promises);
        l.reserving = true;
        budget.reserve(l.promised.withinHorizon());
        return l;
    }

    /** The ledger of an agreement signed before the start: booked as a contract at once. */
    static FirmLedger contracted(Offer offer, ExpectedCost[] promises, Budget budget) {
        FirmLedger l = new FirmLedger(offer, budget, promises);
        l.book();
        return l;
    }

    /** Talks ended in an agreement: the reservation becomes a promise. */
    void sign() {
        if (!reserving) return;
        budget.unreserve(promised.withinHorizon());
        reserving = false;
        book();
    }

    private void book() {
        for (int i = 0; i < promises.length; i++) {
            if (offer.terms().get(i).heldApart()) heldApart[i] = promises[i].total();
            else {
                pool += promises[i].withinHorizon();
                poolBeyond += promises[i].beyondHorizon();
            }
        }
        budget.book(promised.withinHorizon(), promised.beyondHorizon());
    }

    /** Talks failed, or the firm left: frees what is left of the reservation or the promise. */
    void close() {
        if (reserving) budget.unreserve(promised.withinHorizon());
        reserving = false;
        releasePool();
        for (int i = 0; i < heldApart.length; i++) {
            budget.release(heldApart[i]);
            heldApart[i] = 0;
        }
    }

    /** Every term but those held apart has run its course: the rest of their pool is not needed. */
    void releasePool() {
        budget.release(pool, poolBeyond);
        pool = 0;
        poolBeyond = 0;
    }

    /**
     * Pays what is owed from earlier months first, then every budget-funded term due on {@code occasion},
     * each from its promise; returns what the budget paid the firm.
     */
    double settle(Term.Occasion occasion, Term.Tenancy tenancy, int monthIndex) {
        double paidAll = 0;
        for (int i = 0; i < owed.length; i++) {
            if (owed[i] <= 0) continue;
            double back = budget.payArrears(offer.terms().get(i).instrument(), owed[i]);
            owed[i] -= back;
            paidAll += back;
        }
        for (int i = 0; i < offer.terms().size(); i++) {
            Term term = offer.terms().get(i);
            double due = term.fromFund() ? 0 : term.due(occasion, tenancy);
            if (due > 0) paidAll += payTerm(i, term, due, monthIndex);
        }
        received += paidAll;
        return paidAll;
    }

    private double payTerm(int i, Term term, double due, int monthIndex) {
        double within, beyond = 0;
        if (term.heldApart()) {
            within = Math.min(due, heldApart[i]);
            budget.release(heldApart[i] - within); // the rest of a held promise is not needed any more
            heldApart[i] = 0;
        } else {
            within = Math.min(due, pool);
            pool -= within;
            beyond = Math.min(due - within, poolBeyond);
            poolBeyond -= beyond;
        }
        double paid = budget.payDue(term.instrument(), due, within, beyond, monthIndex);
        if (due - paid > 1e-9) owed[i] += due - paid;
        return paid;
    }

    boolean poolLeft() { return pool > 0 || poolBeyond > 0; }

    /** What the offer or agreement expected to cost when it was made, within the horizon and after. */
    ExpectedCost promised() { return promised; }
    double received() { return received; }
    /** Due to the firm and not yet paid, ¥. */
    double owed() { return sum(owed); }
    /** Still promised and not paid (within the horizon and after it), ¥; 0 while only reserved. */
    double commitmentLeft() {
        return pool + poolBeyond + sum(heldApart);
    }
    /** Still promised within the horizon, ¥. */
    double commitmentWithinHorizon() {
        return pool + sum(heldApart);
    }

    /**
     * The compensated sum {@code Arrays.stream(values).sum()} computes (Kahan summation with the
     * simple sum kept for infinities, as JDK 17 does it), without a stream: these figures have always
     * been that sum, and a firm in arrears is owed on several terms at once (FirmLedgerTest checks it
     * against the stream).
     */
    static double sum(double[] values) {
        double sum = 0, compensation = 0, simple = 0;
        for (double v : values) {
            double corrected = v - compensation;
            double next = sum + corrected;
            compensation = (next - sum) - corrected;
            sum = next;
            simple += v;
        }
        double result = sum - compensation;
        return Double.isNaN(result) && Double.isInfinite(simple) ? simple : result;
    }

    boolean reserving() { return reserving; }
}
