package parksim.bench.jmh;

import java.util.SplittableRandom;
import parksim.model.Draws;

/**
 * The practical limit of a month of firms: the per-firm arithmetic of a tenant's month (output on a
 * ramp, utilisation raised by productivity and cluster, fixed costs, rent, tax, a rent subsidy and a
 * tax rebate paid from a park budget, cash, a 12-month output history, the exit draw and the listing
 * check) over plain arrays, with no agents, schedule, policies or output files. The model does this and
 * more; the ratio of its time per firm-month to this kernel's says how much the rest costs.
 *
 * <p>Coefficients are of the bundled scenarios' order; the cost does not depend on their values.
 * Draws are the model's own counter-based ones ({@link Draws}), a pure function of (firm, decision, month).
 */
final class FirmKernel {
    private static final double GROSS_MARGIN = 0.35;
    private static final double FIXED_COST_SHARE = 0.2;
    private static final double TAX_RATE = 0.1;
    private static final double RENT_PER_M2 = 25;
    private static final double RENT_SUBSIDY_SHARE = 0.5;
    private static final int RENT_SUBSIDY_MONTHS = 36;
    private static final double TAX_REBATE_SHARE = 0.5;
    private static final double EXIT_HAZARD = 0.002;
    private static final double LISTING_HAZARD = 0.01;
    private static final double LISTING_MIN_OUTPUT = 2e8;
    private static final int LISTING_MIN_MONTHS = 24;
    private static final double ELASTICITY = 0.05;
    private static final int RAMP_MONTHS = 24;
    private static final double RAMP_START = 0.3;
    private static final double UTILISATION = 0.85;

    final int firms;
    final int parks;
    final int[] park;
    final double[] capacity;
    final double[] floor;
    final double[] productivity;
    final double[] cash;
    final double[] subsidies;
    final double[] history;
    final int[] operatingFrom;
    final int[] tenancy;
    final int[] listed;
    final boolean[] open;
    final double[] parkBudget;
    final double[] parkOutput;
    final double[] parkTax;
    final int[] parkCluster;
    private final Draws draws;
    int month;

    FirmKernel(int firms, int parks, long seed) {
        this.firms = firms;
        this.parks = parks;
        SplittableRandom random = new SplittableRandom(seed);
        draws = new Draws(random.nextLong());
        park = new int[firms];
        capacity = new double[firms];
        floor = new double[firms];
        productivity = new double[firms];
        cash = new double[firms];
        subsidies = new double[firms];
        history = new double[12 * firms];
        operatingFrom = new int[firms];
        tenancy = new int[firms];
        listed = new int[firms];
        open = new boolean[firms];
        parkBudget = new double[parks];
        parkOutput = new double[parks];
        parkTax = new double[parks];
        parkCluster = new int[parks];
        for (int i = 0; i < firms; i++) {
            park[i] = i % parks;
            capacity[i] = 5e7 + random.nextDouble() * 2e8;
            floor[i] = 1000 + random.nextDouble() * 4000;
            productivity[i] = Math.exp(0.25 * random.nextGaussian());
            operatingFrom[i] = -random.nextInt(36);
        }
        reset();
    }

    /** Every firm open again with its starting cash, at month 0: so a long measurement does not run out of firms. */
    void reset() {
        month = 0;
        java.util.Arrays.fill(parkCluster, 0);
        java.util.Arrays.fill(parkBudget, 1e12);
        java.util.Arrays.fill(history, 0);
        for (int i = 0; i < firms; i++) {
            cash[i] = 0.3 * capacity[i];
            subsidies[i] = 0;
            tenancy[i] = 0;
            listed[i] = -1;
            open[i] = true;
            parkCluster[park[i]]++;
        }
    }

    /** One month of every open firm; returns the month's total output (so that nothing is optimised away). */
    double month() {
        java.util.Arrays.fill(parkOutput, 0);
        java.util.Arrays.fill(parkTax, 0);
        double total = 0;
        int slot = month % 12;
        for (int i = 0; i < firms; i++) {
            if (!open[i]) continue;
            int p = park[i];
            int operating = month - operatingFrom[i];
            double activity = Math.min(1.0, RAMP_START + (1 - RAMP_START) * operating / (double) RAMP_MONTHS);
            double agglomeration = Math.pow(1 + Math.max(0, parkCluster[p] - 1), ELASTICITY);
            double utilisation = Math.min(1.0, UTILISATION * productivity[i] * agglomeration);
            double output = capacity[i] / 12.0 * activity * utilisation;
            double fixed = FIXED_COST_SHARE * capacity[i] / 12.0;
            double rent = RENT_PER_M2 * floor[i];
            double tax = TAX_RATE * output;
            double due = (tenancy[i] < RENT_SUBSIDY_MONTHS ? RENT_SUBSIDY_SHARE * rent : 0) + TAX_REBATE_SHARE * tax;
            double paid = Math.min(due, parkBudget[p]);
            parkBudget[p] -= paid;
            subsidies[i] += paid;
            cash[i] += GROSS_MARGIN * output - fixed - rent - tax + paid;
            history[12 * i + slot] = output;
            parkOutput[p] += output;
            parkTax[p] += tax;
            tenancy[i]++;
            total += output;
            if (cash[i] < 0 || uniform(i, Draws.Decision.EXIT) < EXIT_HAZARD) {
                open[i] = false;
                parkCluster[p]--;
                continue;
            }
            if (listed[i] < 0 && operating >= LISTING_MIN_MONTHS && output12m(i) >= LISTING_MIN_OUTPUT && uniform(i, Draws.Decision.LISTING) < LISTING_HAZARD) {
                listed[i] = month;
            }
        }
        month++;
        return total;
    }

    private double output12m(int i) {
        double sum = 0;
        for (int k = 12 * i; k < 12 * i + 12; k++) sum += history[k];
        return sum;
    }

    private double uniform(int firm, Draws.Decision decision) {
        return draws.uniform(firm, decision, month);
    }
}
